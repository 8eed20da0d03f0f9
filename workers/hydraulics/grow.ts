// Growth of typed-array columns (struct-of-arrays tables in the network builder and the loop model): a
// copy into a larger array of the same type, optionally filling the new tail.

export function grownF64(a: Float64Array, n: number, fill?: number): Float64Array {
  const b = new Float64Array(n);
  b.set(a);
  if (fill !== undefined) b.fill(fill, a.length);
  return b;
}

export function grownI32(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

export function grownU8(a: Uint8Array, n: number): Uint8Array {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}
