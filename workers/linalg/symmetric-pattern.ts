// Sparsity pattern of a sparse symmetric matrix stored as its upper triangle in compressed-column
// form (CSC, rows sorted, diagonal last in each column), already permuted into elimination order.
// Built once per topology together with slot maps, so numeric assembly is `values[slot] += v`
// with no search and no allocation (ARCHITECTURE principles 6 and 7).

import { minimumDegreeOrdering, type Ordering } from './minimum-degree';

export interface SymmetricPattern {
  readonly n: number;
  /** Column pointers, length n + 1. */
  readonly colPtr: Int32Array;
  /** Row indices (permuted), upper triangle incl. diagonal, sorted within each column. */
  readonly rowIdx: Int32Array;
  readonly ordering: Ordering;
  /** Value slot of the diagonal entry of ORIGINAL row i. */
  readonly diagSlot: Int32Array;
  /** Value slot of the off-diagonal entry of each input edge (parallel edges share a slot). */
  readonly edgeSlot: Int32Array;
}

/**
 * Build the permuted upper-triangular pattern of an n × n symmetric matrix whose off-diagonal
 * nonzeros are the given edges (ei[k], ej[k]), i ≠ j. A minimum-degree ordering is computed
 * unless one is supplied.
 */
export function buildSymmetricPattern(
  n: number,
  ei: Int32Array,
  ej: Int32Array,
  ordering?: Ordering,
): SymmetricPattern {
  const m = ei.length;
  // Undirected adjacency (deduplicated) for the ordering.
  const deg = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    if (ei[k] === ej[k]) throw new RangeError(`edge ${k} is a self loop`);
    deg[ei[k]]++;
    deg[ej[k]]++;
  }
  const xadj0 = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) xadj0[i + 1] = xadj0[i] + deg[i];
  const fill = xadj0.slice(0, n);
  const adj0 = new Int32Array(xadj0[n]);
  for (let k = 0; k < m; k++) {
    adj0[fill[ei[k]]++] = ej[k];
    adj0[fill[ej[k]]++] = ei[k];
  }
  const mark = new Int32Array(n).fill(-1);
  const xadj = new Int32Array(n + 1);
  const adjTmp = new Int32Array(adj0.length);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    xadj[i] = nnz;
    for (let p = xadj0[i]; p < xadj0[i + 1]; p++) {
      const j = adj0[p];
      if (mark[j] === i) continue;
      mark[j] = i;
      adjTmp[nnz++] = j;
    }
  }
  xadj[n] = nnz;
  const adjncy = adjTmp.slice(0, nnz);
  const ord = ordering ?? minimumDegreeOrdering(n, xadj, adjncy);
  const { iperm } = ord;

  // Upper CSC in permuted numbering: column c holds rows r < c, then the diagonal.
  const colCount = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    colCount[iperm[i]]++; // diagonal
    for (let p = xadj[i]; p < xadj[i + 1]; p++) {
      const a = iperm[i];
      const b = iperm[adjncy[p]];
      if (a < b) colCount[b]++;
    }
  }
  const colPtr = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) colPtr[c + 1] = colPtr[c] + colCount[c];
  const rowIdx = new Int32Array(colPtr[n]);
  const pos = colPtr.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let p = xadj[i]; p < xadj[i + 1]; p++) {
      const a = iperm[i];
      const b = iperm[adjncy[p]];
      if (a < b) rowIdx[pos[b]++] = a;
    }
  }
  const diagSlot = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const start = colPtr[c];
    const end = colPtr[c + 1] - 1;
    // Insertion sort of the column's few off-diagonal rows (no view object per column).
    for (let p = start + 1; p < end; p++) {
      const v = rowIdx[p];
      let q = p - 1;
      while (q >= start && rowIdx[q] > v) { rowIdx[q + 1] = rowIdx[q]; q--; }
      rowIdx[q + 1] = v;
    }
    rowIdx[end] = c;
    diagSlot[ord.perm[c]] = end;
  }
  const edgeSlot = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const a = iperm[ei[k]];
    const b = iperm[ej[k]];
    const r = a < b ? a : b;
    const c = a < b ? b : a;
    edgeSlot[k] = findRow(rowIdx, colPtr[c], colPtr[c + 1] - 1, r);
  }
  return { n, colPtr, rowIdx, ordering: ord, diagSlot, edgeSlot };
}

function findRow(rowIdx: Int32Array, lo: number, hi: number, r: number): number {
  // Binary search in the sorted off-diagonal part [lo, hi) of a column.
  let a = lo;
  let b = hi - 1;
  while (a <= b) {
    const mid = (a + b) >> 1;
    const v = rowIdx[mid];
    if (v === r) return mid;
    if (v < r) a = mid + 1;
    else b = mid - 1;
  }
  throw new RangeError(`row ${r} not in pattern`);
}
