// Sparse LDLᵀ factorisation of a symmetric positive definite matrix (up-looking, elimination-tree
// driven; algorithm after T. Davis, "Algorithm 849: a concise sparse Cholesky factorization
// package", ACM TOMS 2005 — written from the published description). Symbolic analysis once per
// pattern; numeric factorisation and triangular solves reuse preallocated typed arrays and never
// allocate (ARCHITECTURE principles 6 and 7). A non-positive or non-finite pivot is reported, not
// thrown, as EPANET's linsolve() does for an ill-conditioned node.

import type { SymmetricPattern } from './symmetric-pattern';

/** Elimination tree and column pointers of L: depends only on the pattern (shareable). */
export interface LdlSymbolic {
  readonly n: number;
  readonly parent: Int32Array;
  readonly lp: Int32Array;
  readonly nnzL: number;
}

export function ldlSymbolic(pattern: SymmetricPattern): LdlSymbolic {
  const { n, colPtr, rowIdx } = pattern;
  const parent = new Int32Array(n);
  const flag = new Int32Array(n);
  const lnz = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    parent[k] = -1;
    flag[k] = k;
    for (let p = colPtr[k]; p < colPtr[k + 1]; p++) {
      let i = rowIdx[p];
      if (i >= k) continue;
      while (flag[i] !== k) {
        if (parent[i] === -1) parent[i] = k;
        lnz[i]++;
        flag[i] = k;
        i = parent[i];
      }
    }
  }
  const lp = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) lp[k + 1] = lp[k] + lnz[k];
  return { n, parent, lp, nnzL: lp[n] };
}

/** Numeric LDLᵀ factor with its own work arrays (one per solver instance). */
export class LdlFactor {
  readonly symbolic: LdlSymbolic;
  readonly pattern: SymmetricPattern;
  private readonly li: Int32Array;
  private readonly lx: Float64Array;
  private readonly d: Float64Array;
  private readonly y: Float64Array;
  private readonly stack: Int32Array;
  private readonly flag: Int32Array;
  private readonly lnz: Int32Array;

  constructor(pattern: SymmetricPattern, symbolic: LdlSymbolic = ldlSymbolic(pattern)) {
    this.pattern = pattern;
    this.symbolic = symbolic;
    const n = symbolic.n;
    this.li = new Int32Array(symbolic.nnzL);
    this.lx = new Float64Array(symbolic.nnzL);
    this.d = new Float64Array(n);
    this.y = new Float64Array(n);
    this.stack = new Int32Array(n);
    this.flag = new Int32Array(n);
    this.lnz = new Int32Array(n);
  }

  /**
   * Factorise the matrix whose upper-triangle values (in pattern slot order) are `values`.
   * Returns -1 on success, otherwise the permuted index k of the first pivot that is not
   * positive and finite (pattern.ordering.perm[k] is the original row).
   */
  factor(values: Float64Array): number {
    const { colPtr, rowIdx } = this.pattern;
    const { parent, lp } = this.symbolic;
    const n = this.symbolic.n;
    const { li, lx, d, y, stack, flag, lnz } = this;
    for (let k = 0; k < n; k++) {
      y[k] = 0;
      let top = n;
      flag[k] = k;
      lnz[k] = 0;
      for (let p = colPtr[k]; p < colPtr[k + 1]; p++) {
        let i = rowIdx[p];
        y[i] += values[p];
        let len = 0;
        while (flag[i] !== k) {
          stack[len++] = i;
          flag[i] = k;
          i = parent[i];
        }
        while (len > 0) stack[--top] = stack[--len];
      }
      let dk = y[k];
      y[k] = 0;
      for (; top < n; top++) {
        const i = stack[top];
        const yi = y[i];
        y[i] = 0;
        const p2 = lp[i] + lnz[i];
        for (let p = lp[i]; p < p2; p++) y[li[p]] -= lx[p] * yi;
        const lki = yi / d[i];
        dk -= lki * yi;
        li[p2] = k;
        lx[p2] = lki;
        lnz[i]++;
      }
      if (!(dk > 0) || dk === Infinity) return k;
      d[k] = dk;
    }
    return -1;
  }

  /** Solve L D Lᵀ x = b in place, b and x in permuted order. */
  solve(b: Float64Array): void {
    const n = this.symbolic.n;
    const { lp } = this.symbolic;
    const { li, lx, d } = this;
    for (let j = 0; j < n; j++) {
      const bj = b[j];
      for (let p = lp[j]; p < lp[j + 1]; p++) b[li[p]] -= lx[p] * bj;
    }
    for (let j = 0; j < n; j++) b[j] /= d[j];
    for (let j = n - 1; j >= 0; j--) {
      let bj = b[j];
      for (let p = lp[j]; p < lp[j + 1]; p++) bj -= lx[p] * b[li[p]];
      b[j] = bj;
    }
  }
}
