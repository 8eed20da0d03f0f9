// The team that runs one solve's phases: the coordinating thread and N−1 slab workers on one
// SharedArrayBuffer (layout.ts), or the coordinating thread alone. A phase (phases.ts) is a kernel over
// chunks (a z-layer of the grid or of a multigrid level; a row band of the pipelined sweeps) that any
// thread may run in any order: the coordinator publishes the phase (id, parameters, number of chunks) in the
// control block, then every thread claims chunks from one counter until none is left, and the coordinator
// waits until all chunks are done before it returns (the next phase may read anything this one wrote). The
// chunks are claimed, not dealt: a slow or descheduled thread (a shared machine) takes fewer, and a worker
// that is asleep when a phase starts joins it late or not at all, the coordinator does its part. The result
// does not depend on who ran which chunk. No DOM or Node imports.
import { CTL, MAX_SLOTS } from './layout';

/** A phase: chunk `chunk` of it, with up to three numeric parameters. With `finish`, a second part of
 *  each chunk: a thread runs it for the chunks it claimed once there is nothing left to claim, in
 *  descending chunk order, and only then are they done (the pipelined symmetric sweep: the forward band,
 *  then the backward sweep of the same band, which waits for the bands above it). */
export interface PhaseFn {
  (chunk: number, a: number, b: number, c: number): void;
  finish?: (chunk: number, a: number, b: number, c: number) => void;
}
/** The number of chunks of a phase for its parameters. */
export type ChunkCount = (a: number, b: number, c: number) => number;

export interface Team {
  /** Threads taking part (slots). */
  readonly parts: number;
  /** Runs a phase on the team; returns when every chunk is done. `meanwhile`: work of the calling thread
   *  that shares nothing with the phase's chunks, run once the phase is published (the other threads take
   *  chunks meanwhile), before this thread takes any. */
  run(phase: number, a?: number, b?: number, c?: number, meanwhile?: () => void): void;
  /** Throws if a worker failed (every phase has completed by the time run returns). */
  sync(): void;
  /** Ends the workers' phase loops (they return to their message loop, ready for the next solve). */
  close(): void;
}

/** Default spins before a waiting thread sleeps (SolverParallel.spin). Measured on the 2-core box (barrier
 *  ping-pong between two threads): idle, spinning cuts a hand-over from ≈ 20 µs (futex wake-up) to a few µs;
 *  oversubscribed, long spins cost 60–300 µs each. */
export const BARRIER_SPIN = 2000;

/** The claim word: the next chunk from the top << 15 | the next chunk from the bottom (chunks left while
 *  bottom < top); STOP ends the workers' loops. The coordinator claims from the bottom, the workers from the
 *  top: each thread keeps to one end of the grid from phase to phase (its caches hold that end), and the
 *  pipelined sweeps' first band (chunk 0) is the coordinator's. */
const TOP = 15, LOW = (1 << TOP) - 1;
const STOP = -1;
/** Most chunks of one phase (layers of a grid; row bands). */
export const MAX_CHUNKS = (1 << 15) - 1;

export function serialTeam(phases: readonly PhaseFn[], chunks: readonly ChunkCount[]): Team {
  return {
    parts: 1,
    run(phase, a = 0, b = 0, c = 0, meanwhile) {
      meanwhile?.();
      const n = chunks[phase](a, b, c), f = phases[phase];
      for (let i = 0; i < n; i++) f(i, a, b, c);
      const fin = f.finish;
      if (fin) for (let i = n - 1; i >= 0; i--) fin(i, a, b, c);
    },
    sync() {},
    close() {},
  };
}

/** Claims the next chunk of the published phase from the bottom or the top, or −1 (none left; STOP). */
function claim(ctl: Int32Array, fromTop: boolean): number {
  for (;;) {
    const w = Atomics.load(ctl, CTL.claim);
    if (w === STOP) return -1;
    const lo = w & LOW, hi = w >>> TOP;
    if (lo >= hi) return -1;
    if (Atomics.compareExchange(ctl, CTL.claim, w, fromTop ? w - (1 << TOP) : w + 1) === w) return fromTop ? hi - 1 : lo;
  }
}

/** Runs the finish part of the `n` chunks in held (claimed in any order) in descending chunk order. */
function finishHeld(fin: NonNullable<PhaseFn['finish']>, held: number[], n: number, a: number, b: number, c: number): void {
  if (n > 1) {
    held.length = n;
    held.sort((x, y) => y - x);
  }
  for (let j = 0; j < n; j++) fin(held[j], a, b, c);
}

/** Whether the claim word w has chunks left. */
const open = (w: number) => w !== STOP && (w & LOW) < w >>> TOP;

/** The coordinator's side of a shared team (the workers run serveSlab on the same control block). */
export function sharedTeam(phases: readonly PhaseFn[], chunks: readonly ChunkCount[], ctl: Int32Array, params: Float64Array, parts: number,
  spin = BARRIER_SPIN): Team {
  let closed = false;
  const held: number[] = [];
  const failed = () => Atomics.load(ctl, CTL.error) !== 0;
  return {
    parts,
    run(phase, a = 0, b = 0, c = 0, meanwhile) {
      const n = chunks[phase](a, b, c);
      if (n > MAX_CHUNKS) throw new Error(`a phase of ${n} chunks (at most ${MAX_CHUNKS})`);
      // publish: parameters and id first, then the claim word (the workers read them after claiming, when
      // the phase cannot end before their chunk is done)
      params[0] = a; params[1] = b; params[2] = c;
      Atomics.store(ctl, CTL.phase, phase);
      Atomics.store(ctl, CTL.done, 0);
      Atomics.store(ctl, CTL.claim, n << TOP);
      if (Atomics.load(ctl, CTL.sleepers) > 0) Atomics.notify(ctl, CTL.claim);
      const f = phases[phase], fin = f.finish;
      let mine = 0;
      try {
        meanwhile?.();
        for (let i = claim(ctl, false); i >= 0; i = claim(ctl, false)) { f(i, a, b, c); if (fin) held[mine] = i; mine++; }
        if (fin) finishHeld(fin, held, mine, a, b, c);
      } catch (e) {
        // nobody may wait for a band this thread will not sweep; the workers stop at close()
        Atomics.store(ctl, CTL.error, 1);
        releasePipeline(ctl);
        throw e;
      }
      // the workers' chunks: spin, then sleep until a worker reports one done
      const need = n - mine;
      let v = Atomics.load(ctl, CTL.done);
      for (let s = spin; v < need && s > 0; s--) v = Atomics.load(ctl, CTL.done);
      if (v < need) {
        Atomics.store(ctl, CTL.waiting, 1);
        for (v = Atomics.load(ctl, CTL.done); v < need; v = Atomics.load(ctl, CTL.done)) Atomics.wait(ctl, CTL.done, v);
        Atomics.store(ctl, CTL.waiting, 0);
      }
      if (failed()) throw new Error('a slab worker failed during the air solve');
    },
    sync() {
      if (failed()) throw new Error('a slab worker failed during the air solve');
    },
    close() {
      if (closed) return;
      closed = true;
      stopTeam(ctl);
    },
  };
}

/** Marks every row band of the pipelined sweeps as swept (after a failure: no thread waits for a band
 *  that will not be swept; the solve fails anyway). */
function releasePipeline(ctl: Int32Array): void {
  for (let b = 0; b < MAX_SLOTS; b++) { Atomics.store(ctl, CTL.progress + b, 0x7fffffff); Atomics.notify(ctl, CTL.progress + b); }
}

/** Ends the phase loops of the workers of this control block (serveSlab returns). */
export function stopTeam(ctl: Int32Array): void {
  Atomics.store(ctl, CTL.claim, STOP);
  Atomics.notify(ctl, CTL.claim);
}

/** A slab worker's phase loop: claims and runs chunks of each published phase until STOP; sleeps (after
 *  `spin` polls) while there is nothing to claim. A phase that throws sets the error flag (the coordinator
 *  fails the solve when the phase ends), reports its chunk done and releases the sweep pipeline, so nobody
 *  waits forever; the worker then claims nothing more (the coordinator does the rest) until STOP. */
export function serveSlab(phases: readonly PhaseFn[], ctl: Int32Array, params: Float64Array, spin = BARRIER_SPIN): void {
  let failed = false;
  // chunks of the current phase whose finish part is still to run (they are not done yet)
  const held: number[] = [];
  let nHeld = 0;
  const report = (n: number) => {
    Atomics.add(ctl, CTL.done, n);
    if (Atomics.load(ctl, CTL.waiting) !== 0) Atomics.notify(ctl, CTL.done);
  };
  for (;;) {
    if (failed) {
      const w = Atomics.load(ctl, CTL.claim);
      if (w === STOP) return;
      Atomics.wait(ctl, CTL.claim, w, 50);
      continue;
    }
    const i = claim(ctl, true);
    if (i < 0 && nHeld > 0) {
      // nothing left to claim: the finish parts of the held chunks (the phase cannot end before they are
      // done, so its id and parameters still stand)
      const fin = phases[Atomics.load(ctl, CTL.phase)].finish!;
      try {
        finishHeld(fin, held, nHeld, params[0], params[1], params[2]);
      } catch {
        failed = true;
        Atomics.store(ctl, CTL.error, 1);
        releasePipeline(ctl);
      }
      const n = nHeld;
      nHeld = 0;
      report(n);
      continue;
    }
    if (i < 0) {
      let w = Atomics.load(ctl, CTL.claim);
      if (w === STOP) return;
      for (let s = spin; s > 0 && w !== STOP && !open(w); s--) w = Atomics.load(ctl, CTL.claim);
      if (w !== STOP && !open(w)) {
        // announce the sleep, then sleep unless the word changed meanwhile (the coordinator notifies
        // after changing it when it sees a sleeper)
        Atomics.add(ctl, CTL.sleepers, 1);
        Atomics.wait(ctl, CTL.claim, w);
        Atomics.sub(ctl, CTL.sleepers, 1);
      }
      continue;
    }
    const phase = Atomics.load(ctl, CTL.phase);
    const f = phases[phase];
    try {
      f(i, params[0], params[1], params[2]);
    } catch {
      failed = true;
      Atomics.store(ctl, CTL.error, 1);
      releasePipeline(ctl);
    }
    if (f.finish && !failed) held[nHeld++] = i;
    else { report(1 + nHeld); nHeld = 0; }
  }
}
