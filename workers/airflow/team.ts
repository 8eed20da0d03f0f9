// The team that runs one solve's phases: the coordinating thread and N−1 slab workers on one
// SharedArrayBuffer (layout.ts), or the coordinating thread alone. A phase (phases.ts) is a kernel over
// one slot's z-slab; the coordinator dispatches it by writing its id and parameters into the control
// block and arriving at the barrier, runs slot 0 itself and goes on; the next dispatch's barrier is the
// end of this phase for everyone, so consecutive phases cost one barrier each. Before reading what the
// workers wrote (partial sums, fields for the couplings), the coordinator calls sync(): one barrier with
// no phase. Phase ids and parameters are double-buffered by barrier parity (a worker may still be reading
// the previous dispatch's while the coordinator writes the next). No DOM or Node imports.
import { barrierWait } from './parallel';
import { CTL, PARAMS } from './layout';

/** A phase of slot `slot` (0 = the coordinator) with up to three numeric parameters. */
export type PhaseFn = (slot: number, a: number, b: number, c: number) => void;

export interface Team {
  /** Threads taking part (slots). */
  readonly parts: number;
  /** Runs a phase on every slot (returns once slot 0 is done; the others finish by the next barrier). */
  run(phase: number, a?: number, b?: number, c?: number): void;
  /** Waits until every slot has finished the phases dispatched so far. */
  sync(): void;
  /** Ends the workers' phase loops (they return to their message loop, ready for the next solve). */
  close(): void;
}

export const PHASE_SYNC = -1;
export const PHASE_STOP = -2;
/** Default spins before Atomics.wait in the barrier (SolverParallel.spin). Measured on the 2-core box
 *  (barrier ping-pong between two threads): idle, spinning cuts a barrier from ≈ 20 µs (futex wake-up) to a
 *  few µs; oversubscribed (another job on the cores), long spins cost 60–300 µs per barrier. */
export const BARRIER_SPIN = 2000;

export function serialTeam(phases: readonly PhaseFn[]): Team {
  return {
    parts: 1,
    run(phase, a = 0, b = 0, c = 0) { phases[phase](0, a, b, c); },
    sync() {},
    close() {},
  };
}

/** The coordinator's side of a shared team (the workers run serveSlab on the same control block). */
export function sharedTeam(phases: readonly PhaseFn[], ctl: Int32Array, params: Float64Array, parts: number, spin = BARRIER_SPIN): Team {
  let n = 0, pending = false, closed = false;
  const dispatch = (phase: number, a: number, b: number, c: number) => {
    n++;
    const base = (n & 1) * PARAMS;
    params[base] = a; params[base + 1] = b; params[base + 2] = c;
    Atomics.store(ctl, CTL.phase + (n & 1), phase);
    barrierWait(ctl, parts, spin);
  };
  const team: Team = {
    parts,
    run(phase, a = 0, b = 0, c = 0) {
      dispatch(phase, a, b, c);
      phases[phase](0, a, b, c);
      pending = true;
    },
    sync() {
      if (!pending) return;
      dispatch(PHASE_SYNC, 0, 0, 0);
      pending = false;
      if (Atomics.load(ctl, CTL.error) !== 0) throw new Error('a slab worker failed during the air solve');
    },
    close() {
      if (closed) return;
      closed = true;
      dispatch(PHASE_STOP, 0, 0, 0);
    },
  };
  return team;
}

/** A slab worker's phase loop: runs each dispatched phase on its slot until PHASE_STOP. A phase that
 *  throws sets the error flag (the coordinator fails the solve at its next sync); the loop keeps meeting
 *  the barrier so the coordinator never waits forever. */
export function serveSlab(phases: readonly PhaseFn[], ctl: Int32Array, params: Float64Array, parts: number, slot: number, spin = BARRIER_SPIN): void {
  let n = 0, failed = false;
  for (;;) {
    barrierWait(ctl, parts, spin);
    n++;
    const phase = Atomics.load(ctl, CTL.phase + (n & 1));
    if (phase === PHASE_STOP) return;
    if (phase === PHASE_SYNC || failed) continue;
    const base = (n & 1) * PARAMS;
    try {
      phases[phase](slot, params[base], params[base + 1], params[base + 2]);
    } catch {
      failed = true;
      Atomics.store(ctl, CTL.error, 1);
    }
  }
}
