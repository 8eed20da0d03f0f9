// Solve a hall under a scenario: the air solve (on the document with failed units switched off) and the
// loop solve (failed CDUs/pumps, load factor, weather, derated plant), then verdicts and hall summary.
// Either solve can be skipped (its checks are then "not evaluated", or taken from a given result).
import { solveAir, type AirFailure, type AirResult } from '../airflow';
import { solveLoops, type LoopFailure, type LoopResult } from '../loop';
import type { HallDocument } from '../model/schema';
import { hallSummary, type HallSummary } from '../verdicts/summary';
import { rackVerdicts, type HallVerdicts } from '../verdicts/rack';
import type { VerdictCriteria } from '../verdicts/criteria';
import { applyToDocument, loopOptions, type ScenarioInputs } from './apply';

export interface ScenarioSolveOptions {
  /** Air solve: 'fast' (default), 'accurate', or false to skip. */
  air?: 'fast' | 'accurate' | false;
  cellSize?: number;
  /** Skip the loop solve with false. */
  loops?: boolean;
  /** Use these results instead of solving (e.g. the design case's air result for a liquid-only failure). */
  airResult?: AirResult | AirFailure | null;
  loopResult?: LoopResult | LoopFailure | null;
  criteria?: Partial<VerdictCriteria>;
}

export interface ScenarioOutcome {
  inputs: ScenarioInputs;
  air: AirResult | AirFailure | null;
  loops: LoopResult | LoopFailure | null;
  verdicts: HallVerdicts;
  summary: HallSummary;
  /** Wall time of the solves, s. */
  seconds: { air: number; loops: number };
}

export function solveScenario(doc: HallDocument, inputs: ScenarioInputs, o: ScenarioSolveOptions = {}): ScenarioOutcome {
  const airDoc = applyToDocument(doc, inputs);
  let t = performance.now();
  const air = o.airResult !== undefined ? o.airResult
    : o.air === false ? null : solveAir(airDoc, { mode: o.air ?? 'fast', cellSize: o.cellSize, loadFactor: inputs.loadFactor });
  const tAir = (performance.now() - t) / 1000;
  t = performance.now();
  const loops = o.loopResult !== undefined ? o.loopResult : o.loops === false ? null : solveLoops(doc, loopOptions(doc, inputs));
  const tLoops = (performance.now() - t) / 1000;
  return {
    inputs, air, loops,
    verdicts: rackVerdicts(doc, air, loops, { loadFactor: inputs.loadFactor, criteria: o.criteria }),
    summary: hallSummary(airDoc, air, loops, { loadFactor: inputs.loadFactor, failed: inputs.failed }),
    seconds: { air: tAir, loops: tLoops },
  };
}
