// Compare two scenario outcomes rack by rack: intake and case temperatures, each check's margin, and the
// status, as "a", "b" and "b − a" (null where either side has no value). Units as the checks (°C, K, W…).
import type { CheckId } from '../verdicts/checks';
import type { AirInput, HallVerdicts, LoopInput } from '../verdicts/rack';

export interface ComparedOutcome { verdicts: HallVerdicts; air: AirInput; loops: LoopInput }

export interface Delta { a: number | null; b: number | null; delta: number | null }

export interface RackDelta {
  rackId: string;
  statusA: string;
  statusB: string;
  changed: boolean;
  intake: Delta;
  caseT: Delta;
  returnT: Delta;
  margins: Partial<Record<CheckId, Delta>>;
}

export interface ScenarioComparison {
  racks: RackDelta[];
  /** Racks that pass in a and fail in b, and the reverse. */
  newlyFailing: string[];
  newlyPassing: string[];
}

const delta = (a: number | null | undefined, b: number | null | undefined): Delta => {
  const x = a ?? null, y = b ?? null;
  return { a: x, b: y, delta: x !== null && y !== null ? y - x : null };
};

export function compareOutcomes(a: ComparedOutcome, b: ComparedOutcome): ScenarioComparison {
  const intake = (o: ComparedOutcome) => new Map(o.air && o.air.ok ? o.air.racks.map((r) => [r.id, r.intakeMax]) : []);
  const loop = (o: ComparedOutcome) => new Map(o.loops && o.loops.ok ? o.loops.racks.map((r) => [r.id, r]) : []);
  const ia = intake(a), ib = intake(b), la = loop(a), lb = loop(b);
  const vb = new Map(b.verdicts.racks.map((v) => [v.rackId, v]));
  const racks: RackDelta[] = [];
  for (const va of a.verdicts.racks) {
    const v2 = vb.get(va.rackId);
    if (!v2) continue;
    const margins: Partial<Record<CheckId, Delta>> = {};
    const mb = new Map(v2.checks.map((c) => [c.id, c.margin]));
    for (const c of va.checks) margins[c.id] = delta(c.margin, mb.get(c.id));
    for (const c of v2.checks) if (!(c.id in margins)) margins[c.id] = delta(null, c.margin);
    racks.push({
      rackId: va.rackId, statusA: va.status, statusB: v2.status, changed: va.status !== v2.status,
      intake: delta(ia.get(va.rackId), ib.get(va.rackId)),
      caseT: delta(la.get(va.rackId)?.caseT, lb.get(va.rackId)?.caseT),
      returnT: delta(la.get(va.rackId)?.returnT, lb.get(va.rackId)?.returnT),
      margins,
    });
  }
  return {
    racks,
    newlyFailing: racks.filter((r) => r.statusA === 'pass' && r.statusB === 'fail').map((r) => r.rackId),
    newlyPassing: racks.filter((r) => r.statusA === 'fail' && r.statusB === 'pass').map((r) => r.rackId),
  };
}
