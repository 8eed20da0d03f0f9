// Engineering warnings of a loop solve, each naming its element: racks with no loop, CDUs without
// pumps, flow or heat rejection, over capacity or off setpoint; pipe velocities above
// criteria.maxPipeVelocity; maldistribution (flowShare < criteria.minFlowShare); flow per kW
// outside the OCP range (criteria.flowPerPowerMin/Max, REFERENCE.md §2); case temperature above
// the limit; return temperature above 60 °C (top of the coolant property tables, REFERENCE.md §4);
// FWS supply above the W class (REFERENCE.md §1); pumps off their curve and other solver diagnostics.
import type { Diagnostic } from '../hydraulics';
import type { HallDocument } from '../model/schema';
import type { LoopPlan } from './build';
import { RETURN_TEMPERATURE_LIMIT, W_CLASS_MAX_SUPPLY } from './constants';
import type { CoupledSolution } from './coupled';
import { primaryDesignFlow } from './fws';
import type { CduLoopResult, LoopWarning, PipeLoopResult, PlantLoopResult, RackLoopResult } from './results';

const f1 = (x: number) => x.toFixed(1);
const lpm = (q: number) => (q * 60000).toFixed(1);

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
  for (const s of sol.cdus) {
    const id = s.plan.cdu.id;
    const r = w.cdus.find((x) => x.id === id)!;
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
      add({ code: 'no-primary-flow', severity: 'warning', elementKind: 'cdu', elementId: id, message: `${id}: no facility water through the heat exchanger: the loop cannot reject ${f1(s.plan.load / 1e3)} kW` });
    }
    if (s.starved !== null) {
      const st = s.starved;
      const need = Number.isFinite(st.needed)
        ? `it would need at least ${lpm(st.needed)} L/min with the coolant at its boiling point (${f1(st.boilingPoint)} °C)`
        : `not even unlimited facility water would do at its secondary flow and UA`;
      add({ code: 'primary-starved', severity: 'warning', elementKind: 'cdu', elementId: id,
        message: `${id}: facility water ${lpm(st.primaryFlow)} L/min of ${lpm(primaryDesignFlow(s.plan.cdu))} L/min design — the loop cannot reject its ${f1(s.plan.load / 1e3)} kW (${need}); no steady state below the coolant's boiling point: ${racks} uncooled` });
    }
    if (s.plan.load > s.plan.cdu.capacity) {
      add({ code: 'cdu-over-capacity', severity: 'warning', elementKind: 'cdu', elementId: id,
        message: `${id}: load ${f1(s.plan.load / 1e3)} kW exceeds its capacity ${f1(s.plan.cdu.capacity / 1e3)} kW (${(r.utilisation * 100).toFixed(0)} %)` });
    }
    if (r.setpointHeld === false && r.supplyT !== null) {
      add({ code: 'setpoint-not-held', severity: 'warning', elementKind: 'cdu', elementId: id,
        message: `${id}: TCS supply ${f1(r.supplyT)} °C cannot be held at the setpoint ${f1(r.setpoint)} °C (FWS ${f1(r.primarySupplyT)} °C, HX fully open)` });
    }
    if (s.plan.rating.limited) {
      add({ code: 'hx-rating', severity: 'warning', elementKind: 'cdu', elementId: id,
        message: `${id}: rated ${f1(s.plan.cdu.capacity / 1e3)} kW at ${f1(s.plan.cdu.approach)} K approach implies a temperature cross at the design flows; ε limited to 0.99` });
    }
    if (r.returnT !== null && r.returnT > RETURN_TEMPERATURE_LIMIT) {
      add({ code: 'return-temperature', severity: 'warning', elementKind: 'cdu', elementId: id, message: `${id}: TCS return ${f1(r.returnT)} °C above ${RETURN_TEMPERATURE_LIMIT} °C` });
    }
  }
  const wMax = W_CLASS_MAX_SUPPLY[c.wClass] ?? Infinity;
  if (w.plant) {
    if (plan.facilitySupplyT > wMax) {
      add({ code: 'facility-supply-above-w-class', severity: 'warning', elementKind: 'plant', elementId: 'plant',
        message: `FWS supply ${f1(plan.facilitySupplyT)} °C exceeds class ${c.wClass} (max ${wMax} °C)` });
    }
    if (w.plant.heatRejected > w.plant.capacity) {
      add({ code: 'plant-over-capacity', severity: 'warning', elementKind: 'plant', elementId: 'plant',
        message: `plant rejects ${f1(w.plant.heatRejected / 1e3)} kW, above its N capacity ${f1(w.plant.capacity / 1e3)} kW` });
    }
    if (plan.plantRunning.length === 0) {
      add({ code: 'no-primary-flow', severity: 'warning', elementKind: 'plant', elementId: 'plant', message: 'no plant pump running: no facility water to any CDU' });
    }
  }
  for (const r of w.racks) {
    if (r.cduId === null) continue;
    if (r.flowShare < c.minFlowShare) {
      add({ code: 'maldistribution', severity: 'warning', elementKind: 'rack', elementId: r.id,
        message: `${r.id}: ${lpm(r.flow)} L/min is ${(r.flowShare * 100).toFixed(0)} % of its design ${lpm(r.designFlow)} L/min (limit ${(c.minFlowShare * 100).toFixed(0)} %)` });
    }
    if (r.flowPerPower < c.flowPerPowerMin) {
      add({ code: 'flow-per-power-low', severity: 'warning', elementKind: 'rack', elementId: r.id,
        message: `${r.id}: ${(r.flowPerPower * 6e7).toFixed(2)} L/min/kW below the OCP minimum ${(c.flowPerPowerMin * 6e7).toFixed(2)} L/min/kW` });
    } else if (r.flowPerPower > c.flowPerPowerMax) {
      add({ code: 'flow-per-power-high', severity: 'info', elementKind: 'rack', elementId: r.id,
        message: `${r.id}: ${(r.flowPerPower * 6e7).toFixed(2)} L/min/kW above the OCP range ${(c.flowPerPowerMax * 6e7).toFixed(2)} L/min/kW` });
    }
    if (r.caseMargin !== null && r.caseMargin < 0) {
      add({ code: 'case-temperature', severity: 'warning', elementKind: 'rack', elementId: r.id, message: `${r.id}: case ${f1(r.caseT!)} °C, ${f1(-r.caseMargin)} K above the limit` });
    }
    if (r.returnT !== null && r.returnT > RETURN_TEMPERATURE_LIMIT) {
      add({ code: 'return-temperature', severity: 'warning', elementKind: 'rack', elementId: r.id, message: `${r.id}: return ${f1(r.returnT)} °C above ${RETURN_TEMPERATURE_LIMIT} °C` });
    }
  }
  for (const p of w.pipes) {
    if (p.velocity === null || p.kind === 'balancing-valve' || p.velocity <= c.maxPipeVelocity) continue;
    add({ code: 'velocity', severity: 'warning', elementKind: 'pipe', elementId: p.id,
      message: `${p.id} (${p.kind}, ${(p.diameter! * 1000).toFixed(1)} mm): ${p.velocity.toFixed(2)} m/s above ${c.maxPipeVelocity} m/s` });
  }
  if (sol.tcs) solverWarnings(out, 'TCS', sol.tcs.warnings);
  if (sol.fws) solverWarnings(out, 'FWS', sol.fws.warnings);
  return out;
}
