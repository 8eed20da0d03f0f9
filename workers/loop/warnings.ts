// Engineering warnings of a loop solve, each naming its element: racks with no loop, CDUs without
// pumps, flow or heat rejection, over capacity or off setpoint; pipe velocities above
// criteria.maxPipeVelocity; maldistribution (flowShare < criteria.minFlowShare); flow per kW
// outside the OCP range (criteria.flowPerPowerMin/Max, REFERENCE.md §2); case temperature above
// the limit; return temperature above 60 °C (top of the coolant property tables, REFERENCE.md §4);
// FWS supply above the W class (REFERENCE.md §1); pumps off their curve and other solver diagnostics.
import type { Diagnostic } from '../hydraulics';
import type { QuantityKind } from '../model/quantity';
import type { HallDocument } from '../model/schema';
import type { LoopPlan } from './build';
import { RETURN_TEMPERATURE_LIMIT, W_CLASS_MAX_SUPPLY } from './constants';
import type { CoupledSolution } from './coupled';
import { primaryDesignFlow } from './fws';
import type { CduLoopResult, LoopWarning, PipeLoopResult, PlantLoopResult, RackLoopResult } from './results';

const f1 = (x: number) => x.toFixed(1);
const lpm = (q: number) => (q * 60000).toFixed(1);

/** A value in a warning: SI number, its quantity kind, and its text in the SI message. */
interface Qv { readonly value: number; readonly quantity: QuantityKind; readonly si: string }
const T = (c: number): Qv => ({ value: c, quantity: 'temperature', si: `${f1(c)} °C` });
const dT = (k: number): Qv => ({ value: k, quantity: 'temperatureDelta', si: `${f1(k)} K` });
const kW = (w: number): Qv => ({ value: w, quantity: 'power', si: `${f1(w / 1e3)} kW` });
const flow = (q: number): Qv => ({ value: q, quantity: 'liquidFlow', si: `${lpm(q)} L/min` });
const perKw = (x: number): Qv => ({ value: x, quantity: 'liquidFlowPerPower', si: `${(x * 6e7).toFixed(2)} L/min/kW` });
const share = (x: number): Qv => ({ value: x, quantity: 'fraction', si: `${(x * 100).toFixed(0)} %` });
const speed = (v: number): Qv => ({ value: v, quantity: 'velocity', si: `${v.toFixed(2)} m/s` });
const bore = (d: number): Qv => ({ value: d, quantity: 'length', si: `${(d * 1000).toFixed(1)} mm` });

/**
 * Message text in SI (CLI, report) plus the same text as a template with {i} placeholders and the
 * values with their quantity kinds, so the UI can show it in the project's units (formatQuantity).
 */
function say(strings: TemplateStringsArray, ...args: (string | number | Qv)[]): Pick<LoopWarning, 'message' | 'template' | 'values'> {
  let message = strings[0];
  let template = strings[0];
  const values: { value: number; quantity: QuantityKind }[] = [];
  args.forEach((a, i) => {
    if (typeof a === 'object') {
      message += a.si;
      template += `{${values.length}}`;
      values.push({ value: a.value, quantity: a.quantity });
    } else {
      message += String(a);
      template += String(a).replace(/[{}]/g, '');
    }
    message += strings[i + 1];
    template += strings[i + 1];
  });
  return values.length > 0 ? { message, template, values } : { message };
}

export interface WarningInputs {
  readonly doc: HallDocument;
  readonly plan: LoopPlan;
  readonly sol: CoupledSolution;
  readonly racks: readonly RackLoopResult[];
  readonly cdus: readonly CduLoopResult[];
  readonly plant: PlantLoopResult | null;
  readonly pipes: readonly PipeLoopResult[];
}

function solverWarnings(out: LoopWarning[], side: string, diags: readonly Diagnostic[]): void {
  for (const d of diags) {
    const pump = d.code === 'pump-above-shutoff' || d.code === 'pump-beyond-curve';
    out.push({
      code: pump ? 'pump-off-curve' : 'hydraulic', severity: 'warning', elementKind: pump ? 'pump' : d.elementKind === 'node' ? 'node' : 'pipe',
      elementId: d.elementId, message: `${side}: ${d.elementId} ${d.message}`,
    });
  }
}

export function loopWarnings(w: WarningInputs): LoopWarning[] {
  const { doc, plan, sol } = w;
  const c = doc.criteria;
  const out: LoopWarning[] = [];
  const add = (x: LoopWarning) => out.push(x);
  for (const n of plan.overrideNotes) add({ code: 'unknown-override', severity: 'warning', elementKind: 'override', elementId: n.id, message: n.message });
  for (const u of plan.assignment.unserved) add({ code: 'no-loop', severity: 'warning', elementKind: 'rack', elementId: u.rack.id, message: u.reason });
  if (!sol.converged) {
    add({ code: 'outer-not-converged', severity: 'warning', elementKind: 'plant', elementId: 'loops',
      message: `hydraulics and heat did not agree within ${sol.history.length} outer iterations (last temperature change ${sol.temperatureChange.toExponential(2)} K)` });
  }
  const cduResult = new Map<string, CduLoopResult>();
  for (const x of w.cdus) if (!cduResult.has(x.id)) cduResult.set(x.id, x);
  for (const s of sol.cdus) {
    const id = s.plan.cdu.id;
    const r = cduResult.get(id)!;
    if (s.plan.racks.length === 0) {
      add({ code: 'idle-cdu', severity: 'info', elementKind: 'cdu', elementId: id, message: `${id} serves no liquid-cooled rack` });
      continue;
    }
    const racks = s.plan.racks.map((x) => x.rack.id).join(', ');
    if (s.plan.runningPumps.length === 0) {
      add({ code: 'cdu-no-pumps', severity: 'warning', elementKind: 'cdu', elementId: id,
        message: `${id}: no pump running (${s.plan.cdu.pumps.count} installed; failed or off: ${s.plan.failedPumps.join(', ') || 'all'}): no coolant flow to ${racks}` });
    } else if (!s.circulating) {
      add({ code: 'cdu-no-flow', severity: 'warning', elementKind: 'cdu', elementId: id, message: `${id}: the TCS does not circulate (check closed valves or pumps): ${racks} uncooled` });
    }
    if (s.circulating && !s.primaryFlowing) {
      add({ code: 'no-primary-flow', severity: 'warning', elementKind: 'cdu', elementId: id, ...say`${id}: no facility water through the heat exchanger: the loop cannot reject ${kW(s.plan.load)}` });
    }
    if (s.starved !== null) {
      const st = s.starved;
      const text = Number.isFinite(st.needed)
        ? say`${id}: facility water ${flow(st.primaryFlow)} of ${flow(primaryDesignFlow(s.plan.cdu))} design — the loop cannot reject its ${kW(s.plan.load)} (it would need at least ${flow(st.needed)} with the coolant at its boiling point, ${T(st.boilingPoint)}); no steady state below the coolant's boiling point: ${racks} uncooled`
        : say`${id}: facility water ${flow(st.primaryFlow)} of ${flow(primaryDesignFlow(s.plan.cdu))} design — the loop cannot reject its ${kW(s.plan.load)} (not even unlimited facility water would do at its secondary flow and UA); no steady state below the coolant's boiling point: ${racks} uncooled`;
      add({ code: 'primary-starved', severity: 'warning', elementKind: 'cdu', elementId: id, ...text });
    }
    if (s.plan.load > s.plan.cdu.capacity) {
      add({ code: 'cdu-over-capacity', severity: 'warning', elementKind: 'cdu', elementId: id,
        ...say`${id}: load ${kW(s.plan.load)} exceeds its capacity ${kW(s.plan.cdu.capacity)} (${share(r.utilisation)})` });
    }
    if (r.setpointHeld === false && r.supplyT !== null) {
      add({ code: 'setpoint-not-held', severity: 'warning', elementKind: 'cdu', elementId: id,
        ...say`${id}: TCS supply ${T(r.supplyT)} cannot be held at the setpoint ${T(r.setpoint)} (FWS ${T(r.primarySupplyT)}, HX fully open)` });
    }
    if (s.plan.rating.limited) {
      add({ code: 'hx-rating', severity: 'warning', elementKind: 'cdu', elementId: id,
        ...say`${id}: rated ${kW(s.plan.cdu.capacity)} at ${dT(s.plan.cdu.approach)} approach implies a temperature cross at the design flows; ε limited to 0.99` });
    }
    if (r.returnT !== null && r.returnT > RETURN_TEMPERATURE_LIMIT) {
      add({ code: 'return-temperature', severity: 'warning', elementKind: 'cdu', elementId: id, ...say`${id}: TCS return ${T(r.returnT)} above ${T(RETURN_TEMPERATURE_LIMIT)}` });
    }
  }
  const wMax = W_CLASS_MAX_SUPPLY[c.wClass] ?? Infinity;
  if (w.plant) {
    if (plan.facilitySupplyT > wMax) {
      add({ code: 'facility-supply-above-w-class', severity: 'warning', elementKind: 'plant', elementId: 'plant',
        ...say`FWS supply ${T(plan.facilitySupplyT)} exceeds class ${c.wClass} (max ${T(wMax)})` });
    }
    if (w.plant.heatRejected > w.plant.capacity) {
      add({ code: 'plant-over-capacity', severity: 'warning', elementKind: 'plant', elementId: 'plant',
        ...say`plant rejects ${kW(w.plant.heatRejected)}, above its N capacity ${kW(w.plant.capacity)}` });
    }
    if (plan.plantRunning.length === 0) {
      add({ code: 'no-primary-flow', severity: 'warning', elementKind: 'plant', elementId: 'plant', message: 'no plant pump running: no facility water to any CDU' });
    }
  }
  for (const r of w.racks) {
    if (r.cduId === null) continue;
    if (r.flowShare < c.minFlowShare) {
      add({ code: 'maldistribution', severity: 'warning', elementKind: 'rack', elementId: r.id,
        ...say`${r.id}: ${flow(r.flow)} is ${share(r.flowShare)} of its design ${flow(r.designFlow)} (limit ${share(c.minFlowShare)})` });
    }
    if (r.flowPerPower < c.flowPerPowerMin) {
      add({ code: 'flow-per-power-low', severity: 'warning', elementKind: 'rack', elementId: r.id,
        ...say`${r.id}: ${perKw(r.flowPerPower)} below the OCP minimum ${perKw(c.flowPerPowerMin)}` });
    } else if (r.flowPerPower > c.flowPerPowerMax) {
      add({ code: 'flow-per-power-high', severity: 'info', elementKind: 'rack', elementId: r.id,
        ...say`${r.id}: ${perKw(r.flowPerPower)} above the OCP range ${perKw(c.flowPerPowerMax)}` });
    }
    if (r.caseMargin !== null && r.caseMargin < 0) {
      add({ code: 'case-temperature', severity: 'warning', elementKind: 'rack', elementId: r.id, ...say`${r.id}: case ${T(r.caseT!)}, ${dT(-r.caseMargin)} above the limit` });
    }
    if (r.returnT !== null && r.returnT > RETURN_TEMPERATURE_LIMIT) {
      add({ code: 'return-temperature', severity: 'warning', elementKind: 'rack', elementId: r.id, ...say`${r.id}: return ${T(r.returnT)} above ${T(RETURN_TEMPERATURE_LIMIT)}` });
    }
  }
  // Indexed loop: runs once per solve, often before optimisation (no iterator object per pipe).
  for (let k = 0; k < w.pipes.length; k++) {
    const p = w.pipes[k];
    if (p.velocity === null || p.kind === 'balancing-valve' || p.velocity <= c.maxPipeVelocity) continue;
    add({ code: 'velocity', severity: 'warning', elementKind: 'pipe', elementId: p.id,
      ...say`${p.id} (${p.kind}, ${bore(p.diameter!)}): ${speed(p.velocity)} above ${speed(c.maxPipeVelocity)}` });
  }
  if (sol.tcs) solverWarnings(out, 'TCS', sol.tcs.warnings);
  if (sol.fws) solverWarnings(out, 'FWS', sol.fws.warnings);
  return out;
}
