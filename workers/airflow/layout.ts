// The solver's big arrays on one buffer: a layout table of named typed arrays (kind, byte offset, length)
// that the coordinating thread and every slab worker turn into the same views of one SharedArrayBuffer
// (an ArrayBuffer when the solve runs serially). Precision as before: Float64 fields, work vectors,
// energy coefficients and multigrid vectors; Float32 face coefficients, MacCormack bounds, wall distance
// and running means; Uint8 masks (solid, face states) so a slab worker needs no copy of the problem.
// Also the control block: the barrier and phase words (Int32) and the phase parameters and per-layer
// partial sums (Float64) of the slab-parallel phase loop (phases.ts, team.ts).
import type { Grid } from './grid';
import type { EnergyCoeffs } from './energy';
import { allocLevel, levelDims, type Level } from './multigrid';

export type ArrayKind = 'f64' | 'f32' | 'i32' | 'u8';
/** `buffer` 0: the work arrays; 1: the six solution fields (a buffer of their own, so that the result
 *  keeps only them, not the work arrays, and needs no copy). */
export interface LayoutEntry { name: string; kind: ArrayKind; buffer: 0 | 1; offset: number; length: number }
export interface Layout { bytes: [number, number]; entries: LayoutEntry[]; levels: [number, number, number][] }

/** Per-layer partial sums: PARTIALS slots per z-layer (face layers: nz + 1). */
export const PARTIALS = 8;
/** Control words (team.ts): the claim word (chunks, next chunk), chunks done by workers, phase id, error
 *  flag, workers asleep, coordinator asleep; ready flags per slot and pipeline progress per row band (at
 *  most MAX_SLOTS). */
export const MAX_SLOTS = 32;
export const CTL = { claim: 0, done: 1, phase: 2, error: 4, sleepers: 5, waiting: 6, ready: 8, progress: 8 + MAX_SLOTS, words: 8 + 2 * MAX_SLOTS } as const;
/** Phase parameters (read by a worker after it claimed a chunk: the phase cannot end, nor the next one
 *  overwrite them, before that chunk is done). */
export const PARAMS = 8;

const BYTES: Record<ArrayKind, number> = { f64: 8, f32: 4, i32: 4, u8: 1 };

/** The layout of a solve on grid g (multigrid levels as buildHierarchy makes them). */
export function planLayout(g: Grid): Layout {
  const entries: LayoutEntry[] = [];
  const bytes: [number, number] = [0, 0];
  let buffer: 0 | 1 = 1;
  const add = (name: string, kind: ArrayKind, length: number) => {
    const at = Math.ceil(bytes[buffer] / 8) * 8;
    entries.push({ name, kind, buffer, offset: at, length });
    bytes[buffer] = at + length * BYTES[kind];
  };
  const { nCells: n, nU, nV, nW } = g;
  for (const [name, len] of [['u', nU], ['v', nV], ['w', nW], ['phi', n], ['t', n], ['nut', n]] as const) add(name, 'f64', len);
  buffer = 0;
  for (const [name, len] of [['u1', nU], ['v1', nV], ['w1', nW], ['u2', nU], ['v2', nV], ['w2', nW], ['div', n], ['tOld', n], ['p', n], ['q', n]] as const) add(name, 'f64', len);
  for (const name of ['aW', 'aE', 'aS', 'aN', 'aB', 'aT', 'aP', 'b', 'bDyn']) add(`e.${name}`, 'f64', n);
  const levels = levelDims(g.nx, g.ny, g.nz);
  levels.forEach(([nx, ny, nz], l) => {
    const m = nx * ny * nz;
    for (const name of ['diag', 'x', 'b', 'r']) add(`L${l}.${name}`, 'f64', m);
    add(`L${l}.ax`, 'f32', (nx + 1) * ny * nz); add(`L${l}.ay`, 'f32', nx * (ny + 1) * nz); add(`L${l}.az`, 'f32', nx * ny * (nz + 1));
  });
  add('params', 'f64', PARAMS);
  add('partials', 'f64', (g.nz + 1) * PARTIALS);
  add('rowChange', 'f64', 2 * g.ny * g.nz);
  const faces = Math.max(nU, nV, nW);
  add('fx', 'f64', faces); add('fy', 'f64', faces); add('fz', 'f64', faces);
  add('lo', 'f32', faces); add('hi', 'f32', faces); add('dist', 'f32', n);
  add('mu', 'f32', nU); add('mv', 'f32', nV); add('mw', 'f32', nW); add('mnut', 'f32', n);
  add('ctl', 'i32', CTL.words);
  add('solid', 'u8', n); add('uState', 'u8', nU); add('vState', 'u8', nV); add('wState', 'u8', nW);
  return { bytes: [Math.ceil(bytes[0] / 8) * 8, bytes[1]], entries, levels };
}

export interface SolverArrays {
  u: Float64Array; v: Float64Array; w: Float64Array; phi: Float64Array; t: Float64Array; nut: Float64Array;
  u1: Float64Array; v1: Float64Array; w1: Float64Array; u2: Float64Array; v2: Float64Array; w2: Float64Array;
  div: Float64Array; tOld: Float64Array;
  /** CG search direction and A·p (r and z are the finest level's b and x). */
  p: Float64Array; q: Float64Array;
  energy: EnergyCoeffs; levels: Level[];
  params: Float64Array; partials: Float64Array;
  /** Σ|ΔT|·aP per row (j + ny·k) of the energy sweeps: forward, then backward (offset ny·nz). */
  rowChange: Float64Array;
  /** Velocity at the faces of the component being advected (advect.ts faceVelocities; both traces read it). */
  fx: Float64Array; fy: Float64Array; fz: Float64Array;
  lo: Float32Array; hi: Float32Array; dist: Float32Array;
  /** Running means of u, v, w, ν_t while averaging. */
  mu: Float32Array; mv: Float32Array; mw: Float32Array; mnut: Float32Array;
  ctl: Int32Array;
  solid: Uint8Array; uState: Uint8Array; vState: Uint8Array; wState: Uint8Array;
}

/** Typed-array views of `buffers` for every entry of the layout (zero-filled when the buffers are new). */
export function arraysOf(layout: Layout, buffers: readonly [ArrayBufferLike, ArrayBufferLike]): SolverArrays {
  const views = new Map<string, Float64Array | Float32Array | Int32Array | Uint8Array>();
  for (const e of layout.entries) {
    const Ctor = e.kind === 'f64' ? Float64Array : e.kind === 'f32' ? Float32Array : e.kind === 'i32' ? Int32Array : Uint8Array;
    views.set(e.name, new Ctor(buffers[e.buffer] as ArrayBuffer, e.offset, e.length));
  }
  const f64 = (name: string) => views.get(name) as Float64Array;
  const f32 = (name: string) => views.get(name) as Float32Array;
  const u8 = (name: string) => views.get(name) as Uint8Array;
  const levels = layout.levels.map(([nx, ny, nz], l) => allocLevel(nx, ny, nz, {
    ax: f32(`L${l}.ax`), ay: f32(`L${l}.ay`), az: f32(`L${l}.az`), diag: f64(`L${l}.diag`), x: f64(`L${l}.x`), b: f64(`L${l}.b`), r: f64(`L${l}.r`),
  }));
  return {
    u: f64('u'), v: f64('v'), w: f64('w'), phi: f64('phi'), t: f64('t'), nut: f64('nut'),
    u1: f64('u1'), v1: f64('v1'), w1: f64('w1'), u2: f64('u2'), v2: f64('v2'), w2: f64('w2'),
    div: f64('div'), tOld: f64('tOld'), p: f64('p'), q: f64('q'),
    energy: {
      aW: f64('e.aW'), aE: f64('e.aE'), aS: f64('e.aS'), aN: f64('e.aN'), aB: f64('e.aB'), aT: f64('e.aT'),
      aP: f64('e.aP'), b: f64('e.b'), bDyn: f64('e.bDyn'),
    },
    levels, params: f64('params'), partials: f64('partials'), rowChange: f64('rowChange'),
    fx: f64('fx'), fy: f64('fy'), fz: f64('fz'), lo: f32('lo'), hi: f32('hi'), dist: f32('dist'), mu: f32('mu'), mv: f32('mv'), mw: f32('mw'), mnut: f32('mnut'),
    ctl: views.get('ctl') as Int32Array,
    solid: u8('solid'), uState: u8('uState'), vState: u8('vState'), wState: u8('wState'),
  };
}
