// Which solver results the verdicts may use: a result of the current document is used; a missing, running,
// stale (older document) or failed one is reported, and only failures that carry a verdict (e.g. the air
// solver's "insufficient cooling") are passed on. Pure; the UI strips the air fields before sending.
import type { AirFailure } from '../../../../workers/airflow';
import type { AirVerdictInput, AirView } from '../../../../workers/api';
import type { LoopFailure, LoopResult } from '../../../../workers/loop';
import type { HallDocument } from '../../../../workers/model/schema';
import type { SolveSlot } from '../../solver/results-store';
import type { SolverBasis } from './snapshot';

export interface BasisOf<T> { basis: SolverBasis; input: T | null }

function basisOf<R, F>(slot: SolveSlot<R, F>, current: boolean, failMessage: (f: F) => string): BasisOf<R | F> {
  if (slot.result === null && slot.failure === null) {
    return { basis: { state: slot.status === 'running' ? 'running' : 'missing', detail: slot.status === 'running' ? 'solving…' : slot.error ?? 'not solved yet' }, input: null };
  }
  if (!current || slot.stale) return { basis: { state: 'stale', detail: 'result of an earlier edit; re-solve to evaluate' }, input: null };
  if (slot.failure !== null) return { basis: { state: 'failed', detail: failMessage(slot.failure) }, input: slot.failure };
  return { basis: { state: 'used', detail: 'current result' }, input: slot.result };
}

export function loopBasis(slot: SolveSlot<LoopResult, LoopFailure>, doc: HallDocument): BasisOf<LoopResult | LoopFailure> {
  return basisOf(slot, slot.doc === doc, (f) => f.errors.map((e) => e.message).join('; '));
}

/** `sameDoc` decides whether the air result belongs to doc (air-solver's sameForAir ignores units/metadata). */
export function airBasis(slot: SolveSlot<AirView, AirFailure>, current: boolean): BasisOf<AirVerdictInput> {
  const b = basisOf(slot, current, (f) => f.error.message);
  const r = b.input;
  if (r === null || !r.ok) return { basis: b.basis, input: r };
  return { basis: b.basis, input: { ok: true, racks: r.racks, units: r.units, energy: r.energy, accuracy: r.accuracy } };
}

/** The air result without its fields (what the engine's verdict methods read). */
export function airForEngine(r: AirView | AirFailure | null): AirVerdictInput {
  if (r === null || !r.ok) return r;
  return { ok: true, racks: r.racks, units: r.units, energy: r.energy, accuracy: r.accuracy };
}
