// Sparse LDLᵀ, minimum-degree ordering and permuted pattern against dense reference solves.
import { describe, expect, it } from 'vitest';
import { buildSymmetricPattern, LdlFactor, minimumDegreeOrdering } from '../../../workers/linalg';

/** Deterministic pseudo-random numbers (LCG) so the tests are repeatable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface Problem { n: number; ei: Int32Array; ej: Int32Array; w: Float64Array; shift: Float64Array }

/** A random connected graph (spanning tree + extra edges, some parallel) → weighted Laplacian + shift. */
function randomProblem(n: number, extra: number, seed: number): Problem {
  const r = rng(seed);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 1; i < n; i++) { a.push(i); b.push(Math.floor(r() * i)); }
  for (let e = 0; e < extra; e++) {
    const i = Math.floor(r() * n);
    let j = Math.floor(r() * n);
    if (j === i) j = (i + 1) % n;
    a.push(i); b.push(j);
  }
  const w = Float64Array.from(a, () => 0.1 + r() * 10);
  const shift = Float64Array.from({ length: n }, () => (r() < 0.1 ? 1 + r() : 0));
  shift[0] += 1; // at least one "fixed-head" connection makes it positive definite
  return { n, ei: Int32Array.from(a), ej: Int32Array.from(b), w, shift };
}

function denseMatrix(p: Problem): number[][] {
  const m = Array.from({ length: p.n }, () => new Array<number>(p.n).fill(0));
  for (let e = 0; e < p.ei.length; e++) {
    const i = p.ei[e];
    const j = p.ej[e];
    m[i][i] += p.w[e]; m[j][j] += p.w[e]; m[i][j] -= p.w[e]; m[j][i] -= p.w[e];
  }
  for (let i = 0; i < p.n; i++) m[i][i] += p.shift[i];
  return m;
}

function denseSolve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    [m[c], m[piv]] = [m[piv], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

function assemble(p: Problem, values: Float64Array): ReturnType<typeof buildSymmetricPattern> {
  const pat = buildSymmetricPattern(p.n, p.ei, p.ej);
  values.fill(0);
  for (let e = 0; e < p.ei.length; e++) {
    values[pat.edgeSlot[e]] -= p.w[e];
    values[pat.diagSlot[p.ei[e]]] += p.w[e];
    values[pat.diagSlot[p.ej[e]]] += p.w[e];
  }
  for (let i = 0; i < p.n; i++) values[pat.diagSlot[i]] += p.shift[i];
  return pat;
}

describe('minimum-degree ordering', () => {
  it('returns a permutation and its inverse', () => {
    const p = randomProblem(200, 150, 7);
    const pat = buildSymmetricPattern(p.n, p.ei, p.ej);
    const seen = new Uint8Array(p.n);
    for (let k = 0; k < p.n; k++) {
      seen[pat.ordering.perm[k]] = 1;
      expect(pat.ordering.iperm[pat.ordering.perm[k]]).toBe(k);
    }
    expect(seen.every((v) => v === 1)).toBe(true);
  });

  it('eliminates a path graph without fill and orders a star centre last', () => {
    const n = 6;
    const star = minimumDegreeOrdering(n, Int32Array.from([0, 5, 6, 7, 8, 9, 10]), Int32Array.from([1, 2, 3, 4, 5, 0, 0, 0, 0, 0]));
    expect(star.perm[n - 1] === 0 || star.perm[n - 2] === 0).toBe(true);
  });
});

describe('sparse LDLᵀ', () => {
  for (const [n, extra, seed] of [[5, 3, 1], [60, 40, 2], [400, 600, 3]] as const) {
    it(`matches a dense solve (n = ${n}, ${extra} extra edges)`, () => {
      const p = randomProblem(n, extra, seed);
      const values = new Float64Array(4 * (p.ei.length + n) + 8);
      const pat = assemble(p, values);
      const f = new LdlFactor(pat);
      expect(f.factor(values)).toBe(-1);
      const r = rng(seed + 100);
      const b = Array.from({ length: n }, () => r() * 2 - 1);
      const x = new Float64Array(n);
      for (let i = 0; i < n; i++) x[pat.ordering.iperm[i]] = b[i];
      f.solve(x);
      const ref = denseSolve(denseMatrix(p), b);
      for (let i = 0; i < n; i++) expect(x[pat.ordering.iperm[i]]).toBeCloseTo(ref[i], 9);
    });
  }

  it('refactors new values on the same pattern (symbolic once, numeric many times)', () => {
    const p = randomProblem(80, 60, 9);
    const values = new Float64Array(1000);
    const pat = assemble(p, values);
    const f = new LdlFactor(pat);
    for (let round = 0; round < 3; round++) {
      p.w.forEach((_, e) => { p.w[e] *= 1.5 + round; });
      assemble(p, values);
      expect(f.factor(values)).toBe(-1);
      const b = Array.from({ length: p.n }, (_, i) => Math.sin(i + round));
      const x = new Float64Array(p.n);
      for (let i = 0; i < p.n; i++) x[pat.ordering.iperm[i]] = b[i];
      f.solve(x);
      const ref = denseSolve(denseMatrix(p), b);
      for (let i = 0; i < p.n; i++) expect(x[pat.ordering.iperm[i]]).toBeCloseTo(ref[i], 9);
    }
  });

  it('reports the pivot of a singular matrix instead of throwing', () => {
    const p = randomProblem(30, 10, 4);
    p.shift.fill(0); // pure Laplacian: singular
    const values = new Float64Array(400);
    const pat = assemble(p, values);
    const k = new LdlFactor(pat).factor(values);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(k).toBeLessThan(p.n);
  });
});
