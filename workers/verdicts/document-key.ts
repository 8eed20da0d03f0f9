// A fingerprint of a hall document and solve options, to check that a result handed between workers (the
// redundancy base) belongs to the document a job is working on: the length of the JSON text and two 32-bit
// FNV-1a hashes of it, read forwards and backwards (offset basis 2166136261, prime 16777619: Fowler–Noll–Vo,
// IETF draft-eastlake-fnv). A fingerprint, not a proof: it guards against a stale base, nothing more.
export function documentKey(doc: unknown, options: unknown): string {
  const text = JSON.stringify([doc, options]);
  const n = text.length;
  let a = 2166136261, b = 2166136261;
  for (let i = 0; i < n; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 16777619) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(n - 1 - i), 16777619) >>> 0;
  }
  return `${text.length}:${a.toString(16)}:${b.toString(16)}`;
}
