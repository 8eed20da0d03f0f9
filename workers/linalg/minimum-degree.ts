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
  // adj[i][0 .. len[i]): the current neighbours of i; lists are rewritten in place and only grow.
  const adj: number[][] = new Array<number[]>(n);
  const len = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = xadj[i + 1] - xadj[i];
    const list = new Array<number>(d + 4).fill(-1); // room for a few fill-in neighbours
    for (let j = 0; j < d; j++) list[j] = adjncy[xadj[i] + j];
    adj[i] = list;
    len[i] = d;
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
    const ap = adj[p];
    for (let i = 0; i < len[p]; i++) if (!eliminated[ap[i]]) nbrs.push(ap[i]);
    len[p] = 0;
    for (let j = 0; j < nbrs.length; j++) {
      const u = nbrs[j];
      stamp++;
      // u's list rewritten in place (no array per step): live, distinct neighbours in their order,
      // then the pivot's other neighbours not yet among them.
      const list = adj[u];
      const l0 = len[u];
      let m = 0;
      for (let i = 0; i < l0; i++) {
        const w = list[i];
        if (eliminated[w] || mark[w] === stamp) continue;
        mark[w] = stamp;
        list[m++] = w;
      }
      for (let i = 0; i < nbrs.length; i++) {
        const w = nbrs[i];
        if (w === u || mark[w] === stamp) continue;
        mark[w] = stamp;
        if (m < list.length) list[m] = w; else list.push(w);
        m++;
      }
      len[u] = m;
      remove(u);
      insert(u, m);
      if (m < minDeg) minDeg = m;
    }
  }
  return { perm, iperm };
}
