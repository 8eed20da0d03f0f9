// Ride-through after a CDU pump trip, a CDU trip or a cooling-unit failure: temperatures vs time from
// lumped thermal masses. Liquid events (per CDU): one well-mixed TCS coolant node (pipe volumes from the
// loop result + CDU internal volume) and one IT/cold-plate node per rack, conductance 1/R with
// R = R_d·(Q/Q_d)^(−m) (as the loop's case model); the CDU HX holds the supply setpoint while flow lasts
// (removal 2·ṁcp·(T_mean − T_sp)); after a CDU trip nothing is rejected. Pump flow coasts down
// exponentially; after pumps.failoverTime a standby pump spins up with the same time constant.
// Air event: one well-mixed room-air node (room volume × ρ·cp × an effective mass factor); running
// units remove min(capacity, ṁcp·(T − T_sp)); rack intakes move with the room temperature. SI units.
import type { AirInput } from '../verdicts/rack';
import type { LoopFailure, LoopResult } from '../loop';
import { airVolumetricHeatCapacity } from '../fluids/air';
import { coolantProperties } from '../fluids/coolant';
import { heatLoadSummary } from '../loads/summary';
import type { HallDocument } from '../model/schema';
import { INTAKE_LIMITS } from '../airflow/metrics';
import { integrate, timeToExceed } from './lumped';

export interface TransientAssumptions {
  /** Pump coast-down / spin-up time constant, s. */
  pumpTimeConstant: number;
  /** IT + cold-plate heat capacity per W of liquid heat, J/K per W. */
  itCapacityPerWatt: number;
  /** Coolant inside the CDU (HX, tank, skid), m³. */
  cduInternalVolume: number;
  /** Room-air effective mass factor (structure, raised floor, equipment taking part). */
  roomMassFactor: number;
}

export const DEFAULT_TRANSIENT_ASSUMPTIONS: TransientAssumptions = {
  pumpTimeConstant: 2, // assumption: centrifugal pump run-down of a few seconds (no REFERENCE figure)
  itCapacityPerWatt: 1, // assumption: 1 kJ/K per kW (≈ 200 kg of copper/aluminium/boards per 120 kW rack)
  cduInternalVolume: 0.1, // assumption: 100 L in plate HX, tank and skid piping
  roomMassFactor: 5, // assumption: effective room thermal mass ≈ 5 × the air alone
};

export type TransientEvent = { kind: 'pump-trip'; pumpId: string } | { kind: 'cdu-trip'; cduId: string } | { kind: 'unit-failure'; unitId: string };

export interface TransientSeries { id: string; kind: 'case' | 'coolant' | 'intake' | 'room'; limit: number | null; values: Float64Array; timeToLimit: number | null }

export interface TransientResult {
  ok: true;
  event: TransientEvent;
  t: Float64Array;
  series: TransientSeries[];
  /** Earliest time any case / intake passes its limit, s (null: not within the duration). */
  firstCaseLimit: number | null;
  firstIntakeLimit: number | null;
  assumptions: string[];
}

export interface TransientOptions { duration?: number; outputStep?: number; assumptions?: Partial<TransientAssumptions> }

/** Flow fraction after a pump trip (s_rem from the remaining duty pumps) or a CDU trip (s_rem = 0). */
export function flowFraction(t: number, remaining: number, tau: number, failover: number | null): number {
  const down = (x: number) => remaining + (1 - remaining) * Math.exp(-x / tau);
  if (failover === null || t < failover) return down(t);
  const s0 = down(failover);
  return 1 - (1 - s0) * Math.exp(-(t - failover) / tau);
}

function liquidTransient(doc: HallDocument, loops: LoopResult | LoopFailure | null | undefined, event: Extract<TransientEvent, { kind: 'pump-trip' | 'cdu-trip' }>, a: TransientAssumptions, o: Required<Pick<TransientOptions, 'duration' | 'outputStep'>>): TransientResult | { ok: false; message: string } {
  if (!loops || !loops.ok) return { ok: false, message: 'a liquid ride-through needs a solved loop result (with pipes)' };
  const cduId = event.kind === 'cdu-trip' ? event.cduId : event.pumpId.split('/')[0];
  const cdu = doc.cdus.find((c) => c.id === cduId);
  const res = loops.cdus.find((c) => c.id === cduId);
  if (!cdu || !res || !res.online || res.supplyT === null) return { ok: false, message: `CDU ${cduId} is not online in the loop result` };
  const racks = loops.racks.filter((r) => r.cduId === cduId && r.flow > 0 && r.supplyT !== null);
  const props = coolantProperties(doc.criteria.coolant, res.supplyT + doc.criteria.coolantDeltaT / 2);
  const rhoCp = props.rho * props.cp;
  const volume = loops.pipes
    .filter((p) => p.side === 'tcs' && p.cduId === cduId && p.diameter !== null).reduce((s, p) => s + (Math.PI / 4) * p.diameter! ** 2 * p.length, 0) + a.cduInternalVolume;
  const cCool = volume * rhoCp;
  const duty = cdu.pumps.count - cdu.pumps.standby;
  const remaining = event.kind === 'cdu-trip' ? 0 : Math.max(0, duty - 1) / Math.max(duty, 1);
  const failover = event.kind === 'pump-trip' && cdu.pumps.standby > 0 ? cdu.pumps.failoverTime : null;
  const q0 = res.secondaryFlow;
  const rackDoc = new Map(doc.racks.map((r) => [r.id, r]));
  const nodes = racks.map((r) => {
    const cp = rackDoc.get(r.id)!.coldPlate!;
    return { id: r.id, q: r.liquidHeat, c: a.itCapacityPerWatt * r.liquidHeat, rd: cp.thermalResistance, m: cp.resistanceExponent, share: r.flow / r.designFlow,
      limit: Math.min(cp.maxCaseTemp, doc.criteria.maxCaseTemp), t0: r.caseT ?? r.supplyT! };
  });
  const tSp = res.supplyT;
  const tMean0 = tSp + res.load / (2 * rhoCp * q0);
  const f = (t: number, y: Float64Array, dy: Float64Array) => {
    const s = flowFraction(t, remaining, a.pumpTimeConstant, failover);
    let toCoolant = 0;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      const g = n.rd > 0 ? Math.pow(Math.max(s * n.share, 0), n.m) / n.rd : 1e9;
      const flux = g * (y[i + 1] - y[0]);
      dy[i + 1] = (n.q - flux) / n.c;
      toCoolant += flux;
    }
    const removal = event.kind === 'cdu-trip' ? 0 : Math.max(0, 2 * rhoCp * q0 * s * (y[0] - tSp));
    dy[0] = (toCoolant - removal) / cCool;
  };
  const y0 = [tMean0, ...nodes.map((n) => n.t0)];
  const tauMin = Math.min(cCool / (2 * rhoCp * q0), ...nodes.map((n) => n.c * n.rd), a.pumpTimeConstant);
  const out = integrate(f, y0, o.duration, o.outputStep, Math.max(1e-3, tauMin / 20));
  const series: TransientSeries[] = [{ id: `${cduId}/coolant`, kind: 'coolant', limit: null, values: out.y[0], timeToLimit: null }];
  nodes.forEach((n, i) => series.push({ id: n.id, kind: 'case', limit: n.limit, values: out.y[i + 1], timeToLimit: timeToExceed(out.t, out.y[i + 1], n.limit) }));
  const firsts = series.map((s) => s.timeToLimit).filter((x): x is number => x !== null);
  return {
    ok: true, event, t: out.t, series, firstCaseLimit: firsts.length > 0 ? Math.min(...firsts) : null, firstIntakeLimit: null,
    assumptions: describe(a, [`TCS coolant ${(volume * 1e3).toFixed(0)} L well mixed`, `flow after the trip → ${(remaining * 100).toFixed(0)} % ${failover !== null ? `, standby after ${failover} s` : ', no failover'}`]),
  };
}

function airTransient(doc: HallDocument, air: AirInput, event: Extract<TransientEvent, { kind: 'unit-failure' }>, a: TransientAssumptions, o: Required<Pick<TransientOptions, 'duration' | 'outputStep'>>): TransientResult | { ok: false; message: string } {
  const units = doc.coolingUnits.filter((u) => u.enabled);
  if (!units.some((u) => u.id === event.unitId)) return { ok: false, message: `cooling unit ${event.unitId} is not enabled in the document` };
  const rhoCp = airVolumetricHeatCapacity(25);
  const e = doc.envelope;
  const cRoom = e.length * e.width * e.ceilingHeight * rhoCp * a.roomMassFactor;
  const heat = air && air.ok ? air.energy.rackHeat - air.energy.doorHeat : heatLoadSummary(doc).hall.airHeat;
  const removal = (t: number, T: number, failedUnit: string | null) => units.reduce((s, u) => (u.id === failedUnit ? s : s + Math.min(u.capacity, Math.max(0, rhoCp * u.airflow * (T - u.supplySetpoint)))), 0);
  // Initial room (mixed return) temperature: steady state with all units, by bisection on the removal.
  let lo = Math.min(...units.map((u) => u.supplySetpoint)), hi = lo + 200;
  for (let k = 0; k < 100; k++) { const mid = 0.5 * (lo + hi); if (removal(0, mid, null) < heat) lo = mid; else hi = mid; }
  const t0 = 0.5 * (lo + hi);
  const out = integrate((t, y, dy) => { dy[0] = (heat - removal(t, y[0], event.unitId)) / cRoom; }, [t0], o.duration, o.outputStep, Math.max(0.01, o.outputStep / 4));
  const limit = INTAKE_LIMITS[doc.criteria.airClass].allMax;
  const series: TransientSeries[] = [{ id: 'room', kind: 'room', limit: null, values: out.y[0], timeToLimit: null }];
  if (air && air.ok) {
    for (const r of air.racks) {
      const v = out.y[0].map((T) => r.intakeMax + (T - t0));
      series.push({ id: r.id, kind: 'intake', limit, values: v, timeToLimit: timeToExceed(out.t, v, limit) });
    }
  }
  const firsts = series.map((s) => s.timeToLimit).filter((x): x is number => x !== null);
  return {
    ok: true, event, t: out.t, series, firstCaseLimit: null, firstIntakeLimit: firsts.length > 0 ? Math.min(...firsts) : null,
    assumptions: describe(a, ['room air well mixed; each rack intake moves with the room temperature from its solved value', `unit fans stop at t = 0; ${(heat / 1e3).toFixed(0)} kW to room air`]),
  };
}

function describe(a: TransientAssumptions, extra: string[]): string[] {
  return [
    `pump coast-down/spin-up exponential, τ = ${a.pumpTimeConstant} s (assumption)`,
    `IT + cold-plate heat capacity ${a.itCapacityPerWatt} J/K per W of liquid heat (assumption)`,
    `CDU internal coolant volume ${(a.cduInternalVolume * 1e3).toFixed(0)} L (assumption)`,
    `room-air effective mass factor ${a.roomMassFactor} (assumption)`,
    ...extra,
  ];
}

/** Temperatures vs time after the event, from the design-case loop and/or air results. */
export function rideThrough(doc: HallDocument, results: { loops?: LoopResult | LoopFailure | null; air?: AirInput }, event: TransientEvent, options: TransientOptions = {}): TransientResult | { ok: false; message: string } {
  const a = { ...DEFAULT_TRANSIENT_ASSUMPTIONS, ...options.assumptions };
  const o = { duration: options.duration ?? 600, outputStep: options.outputStep ?? 1 };
  return event.kind === 'unit-failure' ? airTransient(doc, results.air, event, a, o) : liquidTransient(doc, results.loops, event, a, o);
}
