// Results sections: room air (temperature slices with legend, rack intake table, RCI / RTI / SHI,
// cooling-unit loads, energy balance) and liquid loops (CDU table, plant, per-rack flows, temperatures
// and case margins, pump operating points with the pump-curve chart). Tables hold SI values.
import type { HallDocument } from '../model/schema';
import type { RackAirResult } from '../airflow';
import { MODE_LABEL } from '../verdicts';
import type { Section } from './model';
import { okAir, okLoops, type ReportResults } from './inputs';
import { col, formatter, nonEmpty, para, pct, q, table } from './common';
import { heatmapFigure, pumpChart } from './figures';

/** "; lowest hot-aisle CI R-A01 93.2 %" for the rack whose exhaust escapes its aisle most, or ''. */
function lowestHot(racks: readonly RackAirResult[]): string {
  let worst: RackAirResult | null = null;
  for (const x of racks) if (typeof x.hotAisleCaptureIndex === 'number' && (worst === null || x.hotAisleCaptureIndex < worst.hotAisleCaptureIndex!)) worst = x;
  return worst ? `; lowest hot-aisle CI ${worst.id} ${pct(worst.hotAisleCaptureIndex!, 1)}` : '';
}

export function airSection(doc: HallDocument, r: ReportResults): Section {
  const air = okAir(r);
  if (!air) {
    const why = r.air && !r.air.ok ? `The air solve failed: ${r.air.error.message}` : 'No air solve was run for this report.';
    return { id: 'air', title: 'Room air results', blocks: [para(`${why} Air-side checks are reported as not evaluated.`)] };
  }
  const f = formatter(doc.unitSystem);
  const verdict = new Map(r.verdicts.racks.map((v) => [v.rackId, v]));
  const m = air.metrics, e = air.energy, c = air.convergence;
  const racks = [...air.racks].sort((a, b) => b.intakeMax - a.intakeMax);
  const k = r.verdicts.criteria;
  return {
    id: 'air', title: 'Room air results',
    blocks: nonEmpty([
      para(`Rack intake temperatures against ASHRAE ${k.airClass}: recommended up to ${f(k.inletRecommendedMax, 'temperature')}, allowable up to ${f(k.inletAllowableMax, 'temperature')}. The hottest intake is ${racks[0] ? `${racks[0].id} at ${f(racks[0].intakeMax, 'temperature')} (max over the intake face)` : '–'}.`),
      { type: 'figure', id: 'heatmap', caption: 'Air temperature in horizontal slices at standard heights above the floor (rack outlines in white; grey: equipment, no air)', body: heatmapFigure(doc, air), wide: true },
      { type: 'keyValues', items: [
        { label: 'RCI HI', value: `${m.rciHi.toFixed(1)} % (≥ 96 % good, 91–95 % acceptable)` }, { label: 'RCI LO', value: `${m.rciLo.toFixed(1)} %` },
        { label: 'RTI', value: `${m.rti.toFixed(0)} % (100 % balanced; > 100 % recirculation, < 100 % bypass)` },
        { label: 'SHI / RHI', value: `${m.shi.toFixed(3)} / ${m.rhi.toFixed(3)}` },
        ...(typeof m.captureMin === 'number' ? [{ label: 'Capture index', value: `lowest rack ${pct(m.captureMin, 1)}, mean ${pct(m.captureMean, 1)} of intake air straight from the cooling supplies (cold-aisle CI); ${pct(m.hotAisleCapture, 1)} of rack exhaust reaches a return directly${lowestHot(racks)}` }] : []),
        { label: 'Energy balance', value: `rack heat to air ${f(e.rackHeat, 'power')} = doors ${f(e.doorHeat, 'power')} + cooling units ${f(e.unitHeat, 'power')}; imbalance ${pct(e.imbalance, 2)}` },
      ] },
      table('intakes', 'Rack intake and exhaust temperatures, hottest intake first', [
        col('rack', 'Rack'), col('mode', 'Cooling mode'), col('intakeMean', 'Intake mean', q('temperature')), col('intakeMax', 'Intake max', q('temperature')),
        col('exhaust', 'Exhaust', q('temperature')), col('captureIndex', 'Cold-aisle CI', q('fraction', 1)), col('hotCapture', 'Hot-aisle CI', q('fraction', 1)), col('airflow', 'IT airflow', q('airflow')), col('airHeat', 'Heat to air', q('power')), col('status', 'Verdict', 'status'),
      ], racks.map((x) => ({ rack: x.id, mode: MODE_LABEL[verdict.get(x.id)?.mode ?? 'air'], intakeMean: x.intakeMean, intakeMax: x.intakeMax, exhaust: x.exhaust,
        captureIndex: x.captureIndex ?? null, hotCapture: x.hotAisleCaptureIndex ?? null, airflow: x.airflow, airHeat: x.airHeat, status: verdict.get(x.id)?.status ?? null }))),
      table('air-units', 'Cooling units: return and supply temperatures and load', [
        col('id', 'Unit'), col('returnT', 'Return', q('temperature')), col('supplyT', 'Supply', q('temperature')), col('load', 'Load', q('power')),
        col('capacity', 'Capacity', q('power')), col('util', 'Utilisation', q('fraction')), col('status', 'State', 'status'),
      ], air.units.map((u) => ({ id: u.id, returnT: u.returnT, supplyT: u.supplyT, load: u.load, capacity: u.capacity, util: u.capacity > 0 ? u.load / u.capacity : null,
        status: u.overCapacity ? 'fail' : 'pass' }))),
      para(`Air solve (${r.airMode ?? 'fast'} mode, ${f(air.fields.grid.dx, 'length')} cells, ${(air.fields.grid.nx * air.fields.grid.ny * air.fields.grid.nz).toLocaleString('en')} cells): ${c.steps} pseudo-time steps, ${c.converged ? (c.averagedSteps > 0 ? `statistically steady, results averaged over ${c.averagedSteps} steps (${c.meanStdError == null ? 'too short for a standard error of the mean rack intakes' : `mean rack intakes ± ${f(c.meanStdError, 'temperatureDelta')}, one standard error`})` : 'converged to a steady state') : `NOT converged${c.averagedSteps > 0 ? ` (results averaged over the last ${c.averagedSteps} steps, whose halves differ by up to ${f(c.meanDrift ?? 0, 'temperatureDelta')}; ${c.meanStdError == null ? 'too short for a standard error of the mean rack intakes' : `mean rack intakes ± ${f(c.meanStdError, 'temperatureDelta')}, one standard error`})` : ''}`}.`),
    ]),
  };
}

export function liquidSection(doc: HallDocument, r: ReportResults): Section {
  const loops = okLoops(r);
  if (!loops) {
    const why = r.loops && !r.loops.ok ? `The loop solve failed (${r.loops.stage}): ${r.loops.errors.map((e) => e.message).join('; ')}` : 'No loop solve was run for this report.';
    return { id: 'liquid', title: 'Liquid cooling results', blocks: [para(`${why} Liquid checks are reported as not evaluated.`)] };
  }
  const f = formatter(doc.unitSystem);
  const verdict = new Map(r.verdicts.racks.map((v) => [v.rackId, v.status]));
  const served = loops.racks.filter((x) => x.cduId !== null);
  const pc = pumpChart(doc, loops, r.systemCurves);
  const p = loops.plant;
  return {
    id: 'liquid', title: 'Liquid cooling results',
    blocks: nonEmpty([
      para(`${served.length} racks are served by ${loops.cdus.filter((c) => c.online).length} online CDUs on ${doc.criteria.coolant}. Rack flows, temperatures and case margins come from the coupled hydraulic and heat solve of the technology cooling system (TCS) and the facility water system (FWS).`),
      table('cdu', 'CDU operating points', [
        col('id', 'CDU'), col('load', 'Load', q('power')), col('util', 'Utilisation', q('fraction')), col('flow', 'TCS flow', q('liquidFlow')),
        col('supplyT', 'TCS supply', q('temperature')), col('returnT', 'TCS return', q('temperature')), col('fwsIn', 'FWS in', q('temperature')),
        col('fwsOut', 'FWS out', q('temperature')), col('approach', 'Approach', q('temperatureDelta')), col('head', 'Pump head', q('head')),
        col('power', 'Pump power', q('power')), col('setpoint', 'Setpoint'),
      ], loops.cdus.map((c) => ({ id: c.id, load: c.load, util: c.utilisation, flow: c.secondaryFlow, supplyT: c.supplyT, returnT: c.returnT, fwsIn: c.primarySupplyT,
        fwsOut: c.primaryReturnT, approach: c.approach, head: c.pumps.head, power: c.pumps.power,
        setpoint: !c.online ? 'offline' : c.setpointHeld === null ? 'free' : c.setpointHeld ? 'held' : 'NOT held' }))),
      p ? { type: 'keyValues', items: [
        { label: 'Facility water', value: `${f(p.supplyT, 'temperature')} → ${f(p.returnT, 'temperature')}, ${f(p.flow, 'liquidFlow')}` },
        { label: 'Heat rejected', value: `${f(p.heatRejected, 'power')} of ${f(p.capacity, 'power')} (N capacity)` },
        { label: 'Plant pumps', value: `${f(p.pumps.head, 'head')}, ${f(p.pumps.power, 'power')} (${p.pumps.running} running)` },
      ] } : null,
      pc ? { type: 'figure', id: 'pump-curve', caption: `CDU pump-set curves with system curves and operating points (solid: pump set, the solver's pump curve with the running pumps in parallel; dashed with dots: system curve computed by re-solving each CDU's loop at pump speeds 40–120 %; large dots: solved operating points)${pc.missing.length > 0 ? `. No system curve computed for ${pc.missing.join(', ')}` : ''}`, body: pc.chart } : null,
      table('rack-liquid', 'Per-rack coolant flow, temperatures and case margins', [
        col('rack', 'Rack'), col('cdu', 'CDU'), col('heat', 'Liquid heat', q('power')), col('flow', 'Flow', q('liquidFlow')),
        col('fpp', 'Flow per kW', q('liquidFlowPerPower', 2)), col('share', 'Share of design', q('fraction')), col('supplyT', 'Supply', q('temperature')),
        col('returnT', 'Return', q('temperature')), col('caseT', 'Case', q('temperature')), col('margin', 'Case margin', q('temperatureDelta')), col('status', 'Verdict', 'status'),
      ], served.map((x) => ({ rack: x.id, cdu: x.cduId, heat: x.liquidHeat, flow: x.flow, fpp: x.flowPerPower, share: x.flowShare, supplyT: x.supplyT,
        returnT: x.returnT, caseT: x.caseT, margin: x.caseMargin, status: verdict.get(x.id) ?? null }))),
    ]),
  };
}
