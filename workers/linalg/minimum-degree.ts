// Fill-reducing ordering for sparse symmetric matrices: exact minimum degree on the explicit
// elimination graph, degree buckets for O(1) selection. Symbolic work, run once per topology
// (ARCHITECTURE principle 7; EPANET uses the multiple-minimum-degree genmmd for the same job).
// Input is an undirected adjacency structure without self loops or duplicates (CSR: xadj/adjncy).

export interface Ordering {
  /** perm[k] = original index of the k-th eliminated (pivot) row. */
  readonly perm: Int32Array;
  /** iperm[i] = position of original row i in the elimination order. */
  readonly iperm: Int32Array;
}

/** Minimum-degree ordering of an n-vertex graph given in CSR form (0-based). */
export function minimumDegreeOrdering(n: number, xadj: Int32Array, adjncy: Int32Array): Ordering {
  const perm = new Int32Array(n);
  const iperm = new Int32Array(n);
  // Neighbour lists in one flat buffer: list i is data[start[i] .. start[i] + len[i]) with room up to
  // cap[i]; a list that outgrows its room moves to the end of the buffer (no array per vertex).
  const start = new Int32Array(n);
  const cap = new Int32Array(n);
  const len = new Int32Array(n);
  let data = new Int32Array(Math.max(2 * adjncy.length + 4 * n, 16));
  let used = 0;
  for (let i = 0; i < n; i++) {
    const d = xadj[i + 1] - xadj[i];
    start[i] = used;
    cap[i] = d + 4; // room for a few fill-in neighbours
    for (let j = 0; j < d; j++) data[used + j] = adjncy[xadj[i] + j];
    len[i] = d;
    used += d + 4;
  }
  const eliminated = new Uint8Array(n);
  const degree = new Int32Array(n);
  const head = new Int32Array(n + 1).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const mark = new Int32Array(n);
  let stamp = 0;

  const insert = (v: number, d: number): void => {
    degree[v] = d;
    prev[v] = -1;
    next[v] = head[d];
    if (head[d] >= 0) prev[head[d]] = v;
    head[d] = v;
  };
  const remove = (v: number): void => {
    const d = degree[v];
    if (prev[v] >= 0) next[prev[v]] = next[v];
    else head[d] = next[v];
    if (next[v] >= 0) prev[next[v]] = prev[v];
  };

  for (let i = 0; i < n; i++) insert(i, len[i]);
  let minDeg = 0;
  const nbrs: number[] = [];
  for (let k = 0; k < n; k++) {
    while (head[minDeg] < 0) minDeg++;
    const p = head[minDeg];
    remove(p);
    eliminated[p] = 1;
    perm[k] = p;
    iperm[p] = k;
    // Active neighbours of the pivot form a clique in the elimination graph.
    nbrs.length = 0;
    const sp = start[p];
    for (let i = 0; i < len[p]; i++) if (!eliminated[data[sp + i]]) nbrs.push(data[sp + i]);
    len[p] = 0;
    for (let j = 0; j < nbrs.length; j++) {
      const u = nbrs[j];
      stamp++;
      // u's list rewritten in place: live, distinct neighbours in their order, then the pivot's other
      // neighbours not yet among them.
      let su = start[u];
      const l0 = len[u];
      let m = 0;
      for (let i = 0; i < l0; i++) {
        const w = data[su + i];
        if (eliminated[w] || mark[w] === stamp) continue;
        mark[w] = stamp;
        data[su + m++] = w;
      }
      for (let i = 0; i < nbrs.length; i++) {
        const w = nbrs[i];
        if (w === u || mark[w] === stamp) continue;
        mark[w] = stamp;
        if (m === cap[u]) {
          // Out of room: move the list to the end of the buffer with twice the room.
          const c = 2 * cap[u] + 4;
          if (used + c > data.length) {
            const grown = new Int32Array(Math.max(2 * data.length, used + c));
            grown.set(data.subarray(0, used));
            data = grown;
          }
          data.copyWithin(used, su, su + m);
          start[u] = su = used;
          cap[u] = c;
          used += c;
        }
        data[su + m++] = w;
      }
      len[u] = m;
      remove(u);
      insert(u, m);
      if (m < minDeg) minDeg = m;
    }
  }
  return { perm, iperm };
}
