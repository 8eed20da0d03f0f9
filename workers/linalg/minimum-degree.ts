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
  const adj: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const list: number[] = [];
    for (let p = xadj[i]; p < xadj[i + 1]; p++) list.push(adjncy[p]);
    adj[i] = list;
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

  for (let i = 0; i < n; i++) insert(i, adj[i].length);
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
    for (const w of adj[p]) if (!eliminated[w]) nbrs.push(w);
    adj[p] = [];
    for (const u of nbrs) {
      stamp++;
      const merged: number[] = [];
      for (const w of adj[u]) {
        if (eliminated[w] || mark[w] === stamp) continue;
        mark[w] = stamp;
        merged.push(w);
      }
      for (const w of nbrs) {
        if (w === u || mark[w] === stamp) continue;
        mark[w] = stamp;
        merged.push(w);
      }
      adj[u] = merged;
      remove(u);
      insert(u, merged.length);
      if (merged.length < minDeg) minDeg = merged.length;
    }
  }
  return { perm, iperm };
}
