// The outer iteration coupling hydraulics and heat: solve both networks with per-link viscosity
// ν = μ(T)/ρ(T) from the current temperatures, operate each CDU's HX (ε-NTU, supply control),
// sweep enthalpies along the flows on both sides, repeat until no node temperature moves more
// than OUTER_TOLERANCE. Holds all mutable state of one solve (no module-level state).
import { primaryDesignFlow } from './fws';
import { HydraulicSolver, type Diagnostic } from '../hydraulics';
import { coolantProperties } from '../fluids';
import type { HallDocument } from '../model/schema';
import type { CduPlan, LoopPlan, SidePlan } from './build';
import type { LoopCache } from './cache';
import { COOLANT_BOILING_POINT, FACILITY_COOLANT, OUTER_TOLERANCE } from './constants';
import { EnthalpyTable } from './enthalpy';
import { HeatSweep } from './heat';
import { minimumPrimaryRate, operateHx, type HxOperation } from './hx';
import type { LoopProgress, ResolvedInputs } from './options';
import type { HydraulicSolveRecord, LoopFailure } from './results';

/** Flows below this count as no circulation, m³/s. */
const NO_FLOW = 1e-9;

export class SideState {
  readonly solver: HydraulicSolver;
  readonly sweep: HeatSweep;
  readonly flow: Float64Array;
  /** Density for mass flow ṁ = ρ·Q, kg/m³: ρ at the loop's mean temperature, updated each outer iteration. */
  readonly rho: Float64Array;
  /** Density the heads were built with (Pa ↔ m), kg/m³. */
  readonly rhoHead: Float64Array;
  readonly linkZone: (string | null)[];
  readonly heat: Float64Array;
  readonly cutH: Float64Array;
  readonly fallbackH: Float64Array;
  readonly nodeT: Float64Array;
  readonly linkT: Float64Array;
  warnings: readonly Diagnostic[] = [];
  /** Expansion-tank lines: no net flow in a closed loop at steady state (solver noise is zeroed). */
  private readonly tankLinks: number[] = [];
  constructor(readonly plan: SidePlan, readonly table: EnthalpyTable, initialT: (zone: string | null) => number) {
    const net = plan.network;
    this.solver = new HydraulicSolver(net);
    this.sweep = new HeatSweep(net);
    this.flow = new Float64Array(net.nLinks);
    this.rho = new Float64Array(net.nLinks);
    this.rhoHead = new Float64Array(net.nLinks);
    this.linkZone = new Array<string | null>(net.nLinks);
    this.heat = new Float64Array(net.nLinks);
    this.cutH = new Float64Array(net.nLinks).fill(NaN);
    this.fallbackH = new Float64Array(net.nNodes);
    this.nodeT = new Float64Array(net.nNodes);
    this.linkT = new Float64Array(net.nLinks);
    const m = plan.model;
    // Zone lookups once per run of links of the same zone (links of one CDU are contiguous).
    let lastZone: string | null | undefined;
    let rho = 0;
    let t0 = 0;
    for (let k = 0; k < net.nLinks; k++) {
      const i = plan.modelLink[k];
      const zone = m.linkCdu[i];
      if (zone !== lastZone) {
        lastZone = zone;
        rho = m.density.get(m.linkZone(i)) ?? 1000;
        t0 = initialT(zone);
      }
      this.rho[k] = rho;
      this.rhoHead[k] = rho;
      this.linkZone[k] = zone;
      this.heat[k] = m.heat[i];
      this.linkT[k] = t0;
      if (m.kind[i] === 'tank-connection') this.tankLinks.push(k);
    }
    lastZone = undefined;
    for (let i = 0; i < net.nNodes; i++) {
      const j = plan.modelNode[i];
      const zone = j >= 0 ? m.nodeCdu[j] : null;
      if (zone !== lastZone) { lastZone = zone; t0 = initialT(zone); }
      this.nodeT[i] = t0;
    }
  }
  /** ṁ = ρ(T_mean)·Q: set the mass-flow density of every link from its zone's mean temperature. */
  setDensity(meanT: (zone: string | null) => number): void {
    const cache = new Map<string | null, number>();
    for (let k = 0; k < this.rho.length; k++) {
      const z = this.linkZone[k];
      let r = cache.get(z);
      if (r === undefined) { r = coolantProperties(this.table.coolant, meanT(z)).rho; cache.set(z, r); }
      this.rho[k] = r;
    }
  }
  link(id: string): number { return this.plan.network.linkIndex.get(id) ?? -1; }
  node(id: string): number { return this.plan.network.nodeIndex.get(id) ?? -1; }
  /** Kinematic viscosity per link from its temperature, then a hydraulic solve. */
  solve(warm: boolean): HydraulicSolveRecord | LoopFailure {
    const net = this.plan.network;
    for (let k = 0; k < net.nLinks; k++) this.solver.setLinkViscosity(k, this.table.viscosity(this.linkT[k]));
    const out = this.solver.solve({ warmStart: warm, vapourPressureHead: 0 });
    if (!out.ok) {
      const f = out.failure;
      const id = f?.elementId ?? this.plan.model.side;
      return { ok: false, stage: 'hydraulics', warnings: [], errors: [{ elementId: id, message: `${this.plan.model.side.toUpperCase()} hydraulics failed at ${id}: ${f?.message ?? 'unknown reason'} (${out.iterations} iterations, residual ${out.relativeError.toExponential(2)})` }] };
    }
    this.warnings = out.warnings;
    for (let k = 0; k < net.nLinks; k++) this.flow[k] = this.solver.flow(k);
    for (const k of this.tankLinks) this.flow[k] = 0;
    return { side: this.plan.model.side, iterations: out.iterations, relativeError: out.relativeError, converged: out.converged };
  }
  /** Sweep enthalpies; update node and link temperatures; returns the largest node change, K. */
  sweepHeat(): number {
    const net = this.plan.network;
    const t = this.table;
    this.sweep.run(this.flow, this.rho, this.heat, this.cutH, this.fallbackH);
    let change = 0;
    for (let i = 0; i < net.nNodes; i++) {
      const T = t.temperature(this.sweep.nodeH[i]);
      change = Math.max(change, Math.abs(T - this.nodeT[i]));
      this.nodeT[i] = T;
    }
    for (let k = 0; k < net.nLinks; k++) this.linkT[k] = 0.5 * (t.temperature(this.sweep.linkHin[k]) + t.temperature(this.sweep.linkHout[k]));
    return change;
  }
}

export interface CduState {
  readonly plan: CduPlan;
  hxLink: number;
  /** FWS link of the HX primary pass and node at its outlet (-1: none), looked up once per solve. */
  readonly hxpLink: number;
  readonly poutNode: number;
  /** Secondary mass flow, kg/s, and primary branch mass flow, kg/s. */
  mSec: number;
  mPri: number;
  circulating: boolean;
  primaryFlowing: boolean;
  op: HxOperation | null;
  /** ṁ_s·(h_in − h_out) through the HX, W. */
  hxHeat: number;
  /**
   * Facility water flows but too little to reject the load below the coolant's boiling point: no
   * steady state (op is null, temperatures are not reported). Flows m³/s; `needed` is the smallest
   * primary flow that would reject the load with the TCS return at the boiling point (Infinity: none).
   */
  starved: { readonly primaryFlow: number; readonly needed: number; readonly boilingPoint: number } | null;
  tSecIn: number;
  tSecOut: number;
}

export interface CoupledSolution {
  readonly tcs: SideState | null;
  readonly fws: SideState | null;
  readonly cdus: CduState[];
  readonly history: { hydraulics: HydraulicSolveRecord[]; temperatureChange: number }[];
  readonly converged: boolean;
  readonly temperatureChange: number;
}

export function runCoupled(doc: HallDocument, plan: LoopPlan, inputs: ResolvedInputs, onProgress?: (p: LoopProgress) => void, cache?: LoopCache): CoupledSolution | LoopFailure {
  const { coolant, coolantDeltaT: dT } = doc.criteria;
  const tcsTable = cache ? cache.table(coolant) : new EnthalpyTable(coolant);
  const fwsTable = cache ? cache.table(FACILITY_COOLANT) : new EnthalpyTable(FACILITY_COOLANT);
  const tPlant = plan.facilitySupplyT;
  const setpointOf = new Map(plan.cdus.map((c) => [c.cdu.id, c.cdu.secondarySupplySetpoint]));
  const tcs = plan.tcs ? new SideState(plan.tcs, tcsTable, (z) => (setpointOf.get(z ?? '') ?? tPlant) + dT / 2) : null;
  const fws = plan.fws ? new SideState(plan.fws, fwsTable, () => tPlant + dT / 2) : null;
  const cdus: CduState[] = plan.cdus.map((p) => ({
    plan: p, hxLink: tcs?.link(`${p.cdu.id}/hx-s`) ?? -1, hxpLink: fws?.link(`${p.cdu.id}/hx-p`) ?? -1, poutNode: fws?.node(`${p.cdu.id}/POUT`) ?? -1, mSec: 0, mPri: 0, circulating: false, primaryFlowing: false,
    op: null, hxHeat: 0, starved: null, tSecIn: p.cdu.secondarySupplySetpoint + dT, tSecOut: p.cdu.secondarySupplySetpoint,
  }));
  if (tcs) {
    const zoneH = new Map(plan.cdus.map((c) => [c.cdu.id, tcsTable.enthalpy(c.cdu.secondarySupplySetpoint)]));
    const { model, modelNode } = plan.tcs!;
    for (let i = 0; i < tcs.fallbackH.length; i++) {
      const j = modelNode[i];
      tcs.fallbackH[i] = zoneH.get((j >= 0 ? model.nodeCdu[j] : null) ?? '') ?? tcsTable.enthalpy(tPlant);
    }
  }
  if (fws) {
    fws.fallbackH.fill(fwsTable.enthalpy(tPlant));
    const cooler = fws.link('plant/cooler');
    if (cooler >= 0) fws.cutH[cooler] = fwsTable.enthalpy(tPlant);
  }
  const history: CoupledSolution['history'] = [];
  let change = Infinity;
  let converged = false;
  for (let it = 1; it <= inputs.maxOuterIterations; it++) {
    onProgress?.({ stage: 'solve', fraction: Math.min(0.95, it / 6), message: `outer iteration ${it}` });
    const records: HydraulicSolveRecord[] = [];
    for (const s of [tcs, fws]) {
      if (!s) continue;
      const r = s.solve(it > 1);
      if ('ok' in r) return r;
      records.push(r);
    }
    for (const c of cdus) operateCdu(c, tcs, fws, tPlant, inputs.controlSupply);
    change = tcs ? tcs.sweepHeat() : 0;
    for (const c of cdus) {
      if (!tcs || c.hxLink < 0) continue;
      c.tSecIn = tcsTable.temperature(tcs.sweep.linkHin[c.hxLink]);
      c.tSecOut = tcsTable.temperature(tcs.sweep.linkHout[c.hxLink]);
      c.hxHeat = c.op !== null ? c.mSec * (tcs.sweep.linkHin[c.hxLink] - tcs.sweep.linkHout[c.hxLink]) : 0;
      const hxp = c.hxpLink;
      if (fws && hxp >= 0) fws.heat[hxp] = c.hxHeat;
    }
    if (fws) change = Math.max(change, fws.sweepHeat());
    // Mass flows for the next pass at each loop's mean temperature (hydraulics stay incompressible).
    const meanOf = new Map(cdus.map((c) => [c.plan.cdu.id, 0.5 * (c.tSecIn + c.tSecOut)]));
    tcs?.setDensity((z) => meanOf.get(z ?? '') ?? tPlant);
    if (fws) {
      const cooler = fws.link('plant/cooler');
      const tRet = cooler >= 0 ? fwsTable.temperature(fws.sweep.linkHin[cooler]) : tPlant;
      fws.setDensity(() => 0.5 * (tPlant + tRet));
    }
    history.push({ hydraulics: records, temperatureChange: change });
    if (it > 1 && change < OUTER_TOLERANCE) { converged = true; break; }
  }
  return { tcs, fws, cdus, history, converged, temperatureChange: change };
}

function operateCdu(c: CduState, tcs: SideState | null, fws: SideState | null, tPlant: number, control: boolean): void {
  const cdu = c.plan.cdu;
  const qSec = tcs && c.hxLink >= 0 ? tcs.flow[c.hxLink] : 0;
  const hxp = fws ? c.hxpLink : -1;
  const qPri = fws && hxp >= 0 ? fws.flow[hxp] : 0;
  c.circulating = c.hxLink >= 0 && qSec > NO_FLOW;
  // A leak-level primary flow (closed valves, stopped pumps: solver round-off) is no heat sink: below
  // 0.1 % of the design primary flow the loop is treated as having no facility water (chosen threshold).
  c.primaryFlowing = qPri > Math.max(NO_FLOW, 1e-3 * primaryDesignFlow(cdu));
  if (!tcs || c.hxLink < 0) return;
  c.mSec = tcs.rho[c.hxLink] * Math.max(qSec, 0);
  c.mPri = fws && hxp >= 0 ? fws.rho[hxp] * Math.max(qPri, 0) : 0;
  const cpS = tcs.table.meanCp(c.tSecOut, c.tSecIn);
  const pout = fws ? c.poutNode : -1;
  const cpP = fws && pout >= 0 ? fws.table.meanCp(tPlant, fws.nodeT[pout]) : coolantProperties(FACILITY_COOLANT, tPlant).cp;
  c.starved = null;
  if (!c.circulating || !c.primaryFlowing) {
    // No circulation or no FWS: nothing can be balanced; hold the setpoint nominally (results mark it).
    c.op = null;
    tcs.cutH[c.hxLink] = tcs.table.enthalpy(cdu.secondarySupplySetpoint);
    return;
  }
  const op = operateHx({
    ua: c.plan.ua, cSec: c.mSec * cpS, cPri: c.mPri * cpP, tPriIn: tPlant, load: c.plan.load,
    setpoint: control ? cdu.secondarySupplySetpoint : null,
  });
  // The return the HX needs to reject the load would boil the coolant: no liquid steady state exists.
  // Report no temperatures (never the runaway values), hold the setpoint nominally for the sweep.
  if (!(op.tSecIn < COOLANT_BOILING_POINT)) {
    const rhoP = c.mPri / Math.max(qPri, NO_FLOW);
    const cNeed = minimumPrimaryRate(c.plan.ua, c.mSec * cpS, c.plan.load, COOLANT_BOILING_POINT, tPlant);
    c.starved = { primaryFlow: Math.max(qPri, 0), needed: cNeed / (rhoP * cpP), boilingPoint: COOLANT_BOILING_POINT };
    c.op = null;
    tcs.cutH[c.hxLink] = tcs.table.enthalpy(cdu.secondarySupplySetpoint);
    return;
  }
  c.op = op;
  tcs.cutH[c.hxLink] = tcs.table.enthalpy(op.tSecOut);
}
