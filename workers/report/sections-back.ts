// Back sections: assumptions and labelled defaults, methods with convergence and the accuracy the project
// measured against independent references (ACCURACY below, with where each number was measured), the
// warnings of the design checks, the solvers and the verdicts, and the per-rack appendix (every check: value, limit, margin).
import { CONTAINED_REFERENCE_WORDS, INTAKE_UNCERTAINTY, INTAKE_UNCERTAINTY_CONTAINED, REFERENCE_WORDS } from '../airflow/constants';
import type { HallDocument } from '../model/schema';
import { designIssues } from '../model/validate';
import { LOOP_ASSUMPTIONS } from '../loop';
import { CRITERIA_SOURCES, PPUE_EXCLUDED, type VerdictCriteria } from '../verdicts';
import { DEFAULT_TRANSIENT_ASSUMPTIONS, POWER_SWEEP_METHOD } from '../scenarios';
import type { Cell, Section, Table, WarningList } from './model';
import { okAir, okLoops, type ReportResults } from './inputs';
import { CRITERION } from './sections-front';
import { col, formatter, marginKind, nonEmpty, para, table } from './common';

/**
 * Accuracy measured by the project's validation tests (do not edit without re-running them):
 * - loop hydraulics vs EPANET 2.3 (epanet-js) on the default sample's generated networks,
 *   test/validation/loop/epanet.test.ts, 2026-12: TCS 436 links worst flow difference 0.010 %, worst head
 *   0.0035 m; FWS 35 links 0.022 %, 0.0040 m; iterations 5 vs EPANET 5–6. Hydraulic core vs EPANET test
 *   networks to round-off with identical iteration counts (test/validation/epanet, workers/hydraulics/README.md).
 * - room air vs OpenFOAM v1912 buoyantBoussinesqSimpleFoam (k-ε), 0.2 m mesh, accurate mode, rack mean
 *   intake RMS / max: ten-rack hall 0.48 / 1.09 K, sixteen-rack under-supplied hall 1.60 / 3.21 K,
 *   24-rack two-cold-aisle hall 1.75 / 3.29 K, held out: tall 1.64 / 2.90 K, cross 1.34 / 3.94 K, hot
 *   1.18 / 2.31 K, floor 0.64 / 1.00 K, cac 0.72 / 1.53 K, hac 0.34 / 0.83 K, doors 0.56 / 1.32 K, inrow
 *   0.55 / 1.15 K, hacrow 0.31 / 0.62 K, openceil 1.43 / 2.78 K, cacopen 0.50 / 0.97 K, fanwall 0.80 / 1.70 K,
 *   hacopen 0.52 / 0.81 K, upflow 1.74 / 3.39 K, hacroof 0.17 / 0.27 K, tallfan 2.05 / 4.30 K (every hall:
 *   AIR_REFERENCE_HALLS below); fast mode 0.45–3.77 K
 *   RMS, largest 6.71 K; hottest cell accurate 0.59–4.84 K RMS, largest 8.71 K (fast 11.92 K); RCI_HI within
 *   16.1 points accurate (tallfan; 6.5 on the others), 9.7 fast (test/validation/airflow/openfoam.test.ts,
 *   reference*.json 2026-11-26/27, the fast mode measured 2026-11-27, the accurate mode on 2026-11-28 with its
 *   800-step cap, the stop test that sees longer swings (batch-means.ts) and the steady energy solve at step 20).
 * - natural convection vs de Vahl Davis 1983: Nu −0.6 %, −2.0 %, +2.2 % at Ra 1e3, 1e4, 1e5 (32² cells,
 *   test/validation/airflow/natural-convection.test.ts, measured 2026-11-26).
 */
export const ACCURACY: readonly string[] = [
  'Liquid loops: the hydraulic solver (Todini–Pilati global gradient algorithm, as EPANET) agrees with EPANET 2.3 (epanet-js) to round-off on EPANET test networks with identical iteration counts. On the networks generated for the default sample hall, flows agree within 0.022 % and heads within 0.004 m (436 TCS and 35 FWS links).',
  `Room air: against OpenFOAM v1912 (buoyantBoussinesqSimpleFoam, k-ε, 0.2 m mesh) on ${REFERENCE_WORDS} (table below; sixteen of them held out from every model choice and never used to tune one), rack mean intake temperatures in the accurate mode differ by 0.17–2.05 K RMS (largest 4.30 K), in the fast mode (0.4 m cells, for editing) by 0.45–3.77 K RMS (largest 6.71 K); the goal of 1.0 K RMS and 2.5 K largest is met on eleven of the halls. The hottest cell of each intake, which the inlet checks read, agrees less well: 0.6–4.9 K RMS, largest 8.7 K, in the accurate mode (fast: largest 11.9 K): the vertical distribution of temperature at the intakes differs more than its mean. RCI_HI, from the mean intakes, is within 6.5 points of OpenFOAM's (fast: 9.7), except on a 6 m hall with racks of 35–60 kW into a hot-aisle chimney, whose OpenFOAM solution stays unsteady: 16.1. Warm-started solves, as the app runs after an edit, stay within ${INTAKE_UNCERTAINTY.mean.accurate} K (mean) and ${INTAKE_UNCERTAINTY.hottest.accurate} K (hottest cell) accurate, ${INTAKE_UNCERTAINTY.mean.fast} K and ${INTAKE_UNCERTAINTY.hottest.fast} K fast. On the ${CONTAINED_REFERENCE_WORDS} (every rack drawing from a contained cold aisle or exhausting into a contained hot aisle; marked in the table) they stay within ${INTAKE_UNCERTAINTY_CONTAINED.mean.accurate} K and ${INTAKE_UNCERTAINTY_CONTAINED.hottest.accurate} K accurate, ${INTAKE_UNCERTAINTY_CONTAINED.mean.fast} K and ${INTAKE_UNCERTAINTY_CONTAINED.hottest.fast} K fast, which the results of a hall like them state; one hall sets the mean figures (racks of 35–60 kW into a chimney under a 6 m ceiling): on the other seven the worst rack mean intake is 1.76 K accurate and 2.42 K fast. The halls have perimeter cooling units blowing from their front or into a raised floor and returning at their top or from a ceiling plenum (over the open room or through a hot-aisle chimney), upflow units blowing from their top and drawing from their front, fan walls, or in-row coolers drawing from an open hot aisle or a chimney; open aisles, cold-aisle containment with or without a roof, a hot aisle open at the top, a chimney, or a roofed hot aisle drawn by in-row coolers; racks of 3–30 kW into the air, 20–60 kW into a hot-aisle chimney or 20–40 kW behind rear doors; ceilings of 3–4.6 m, and up to 6 m over racks that all exhaust into a hot-aisle chimney: for a roofed hot aisle that is neither such a chimney nor drawn by in-row coolers, units with other pairs of faces, or containment leaking more than 10 %, these figures were not measured (the methods section names what such a hall has). Read inlet margins smaller than the hottest-cell figure of the mode solved as undecided by this tool.`,
  'Natural convection: heated-cavity Nusselt numbers within −2.0 … +2.2 % of de Vahl Davis (1983) at Ra 10³–10⁵.',
];

/**
 * Rack mean intake temperature against OpenFOAM per reference hall, K (RMS / largest over the hall's racks), and
 * the hottest intake cell, accurate mode: test/validation/airflow/openfoam.test.ts and fixture.ts, the fast mode
 * measured 2026-11-27, the accurate mode on 2026-11-28 with its steady energy solve at step 20
 * (SolverOptions.energySnapStep; the same figures as constants.ts INTAKE_UNCERTAINTY; do not edit without
 * re-running them).
 */
export const AIR_REFERENCE_HALLS: readonly { hall: string; has: string; racks: number; heldOut: boolean; contained: boolean; accurate: readonly [number, number]; fast: readonly [number, number]; hottest: readonly [number, number] }[] = [
  { hall: 'small', has: 'two rows, CRAHs blowing along the cold aisle, racks of 3–6 kW', racks: 10, heldOut: false, contained: false, accurate: [0.48, 1.09], fast: [0.77, 1.66], hottest: [2.33, 4.83] },
  { hall: 'dense', has: 'CRAHs supplying only 83 % of the rack airflow, racks of 6–12 kW', racks: 16, heldOut: false, contained: false, accurate: [1.60, 3.21], fast: [3.06, 5.72], hottest: [3.61, 7.94] },
  { hall: 'rows3', has: 'four rows, two cold aisles fed from one end', racks: 24, heldOut: false, contained: false, accurate: [1.75, 3.29], fast: [1.85, 4.63], hottest: [3.29, 6.57] },
  { hall: 'tall', has: 'a 4 m ceiling, a central hot aisle', racks: 16, heldOut: true, contained: false, accurate: [1.64, 2.90], fast: [2.74, 5.25], hottest: [1.97, 4.51] },
  { hall: 'cross', has: 'CRAHs on two walls, one blowing across a row', racks: 14, heldOut: true, contained: false, accurate: [1.34, 3.94], fast: [2.29, 5.83], hottest: [1.99, 4.42] },
  { hall: 'hot', has: 'racks of 15–30 kW, a 4.6 m ceiling', racks: 14, heldOut: true, contained: false, accurate: [1.18, 2.31], fast: [1.06, 2.85], hottest: [3.79, 6.91] },
  { hall: 'floor', has: 'a raised floor with perforated tiles', racks: 12, heldOut: true, contained: false, accurate: [0.64, 1.00], fast: [0.89, 1.88], hottest: [2.16, 3.74] },
  { hall: 'cac', has: 'roofed cold-aisle containment, under-supplied', racks: 12, heldOut: true, contained: true, accurate: [0.72, 1.53], fast: [0.51, 1.01], hottest: [2.93, 4.54] },
  { hall: 'hac', has: 'a hot-aisle chimney into a ceiling return (as the default sample)', racks: 12, heldOut: true, contained: true, accurate: [0.34, 0.83], fast: [0.45, 0.95], hottest: [1.04, 2.18] },
  { hall: 'doors', has: 'rear doors on racks of 20–40 kW', racks: 14, heldOut: true, contained: false, accurate: [0.56, 1.32], fast: [0.67, 1.86], hottest: [0.74, 1.38] },
  { hall: 'inrow', has: 'in-row coolers around an open hot aisle', racks: 12, heldOut: true, contained: false, accurate: [0.55, 1.15], fast: [0.67, 1.31], hottest: [0.83, 1.49] },
  { hall: 'hacrow', has: 'in-row coolers drawing from a hot-aisle chimney (as the 300 kW sample)', racks: 12, heldOut: true, contained: true, accurate: [0.31, 0.62], fast: [0.93, 1.43], hottest: [0.59, 1.12] },
  { hall: 'openceil', has: 'a ceiling return over the open room', racks: 12, heldOut: true, contained: false, accurate: [1.43, 2.78], fast: [1.50, 2.38], hottest: [4.84, 8.71] },
  { hall: 'cacopen', has: 'cold-aisle containment without a roof, under-supplied', racks: 12, heldOut: true, contained: true, accurate: [0.50, 0.97], fast: [0.90, 2.02], hottest: [2.51, 5.49] },
  { hall: 'fanwall', has: 'fan walls, a hot-aisle chimney, racks of 20–40 kW, a 5 m ceiling', racks: 12, heldOut: true, contained: true, accurate: [0.80, 1.70], fast: [0.98, 2.42], hottest: [1.79, 3.25] },
  { hall: 'hacopen', has: 'a hot aisle open at the top, units returning at their top', racks: 12, heldOut: true, contained: true, accurate: [0.52, 0.81], fast: [0.85, 1.54], hottest: [1.75, 3.05] },
  { hall: 'upflow', has: 'upflow units (top supply, front return) on a slab', racks: 14, heldOut: true, contained: false, accurate: [1.74, 3.39], fast: [3.77, 6.71], hottest: [1.84, 3.76] },
  { hall: 'hacroof', has: 'in-row coolers drawing from a roofed hot aisle, no ceiling plenum', racks: 12, heldOut: true, contained: true, accurate: [0.17, 0.27], fast: [0.59, 0.91], hottest: [0.60, 1.23] },
  { hall: 'tallfan', has: 'fan walls, a hot-aisle chimney, racks of 35–60 kW, a 6 m ceiling', racks: 12, heldOut: true, contained: true, accurate: [2.05, 4.30], fast: [1.31, 3.33], hottest: [3.28, 6.50] },
];

function airReferenceTable(): Table {
  const dT = { quantity: 'temperatureDelta' as const, digits: 2 };
  return table('air-references', 'Room air against OpenFOAM k-ε per reference hall, from rest: rack mean intake temperature, RMS and largest difference, accurate (Acc.) and fast modes; hottest intake cell (Hot cell), accurate mode', [
    col('hall', 'Hall'), col('has', 'What it tests'), col('racks', 'Racks', { quantity: 'count', digits: 0 }), col('held', 'Held out'), col('contained', 'Contained'),
    col('accRms', 'Acc. RMS', dT), col('accMax', 'Acc. max', dT), col('fastRms', 'Fast RMS', dT), col('fastMax', 'Fast max', dT),
    col('hotRms', 'Hot cell RMS', dT), col('hotMax', 'Hot cell max', dT),
  ], AIR_REFERENCE_HALLS.map((h) => ({ hall: h.hall, has: h.has, racks: h.racks, held: h.heldOut ? 'yes' : 'no', contained: h.contained ? 'yes' : 'no', accRms: h.accurate[0], accMax: h.accurate[1], fastRms: h.fast[0], fastMax: h.fast[1], hotRms: h.hottest[0], hotMax: h.hottest[1] })),
  'Goal: mean intake RMS ≤ 1.0 K and largest ≤ 2.5 K. Held out: added after every model choice had been made, solved once, never used to tune anything. Contained: every rack draws from a contained cold aisle or exhausts into a contained hot aisle; a hall like them states these halls\' own figures.');
}

export function assumptionsSection(doc: HallDocument, r: ReportResults): Section {
  const f = formatter(doc.unitSystem);
  const plates = doc.racks.filter((x) => x.coldPlate !== null).map((x) => x.coldPlate!);
  const distinct = (xs: number[]) => [...new Set(xs.map((x) => Number(x.toPrecision(6))))];
  const rows: Record<string, Cell>[] = [
    { item: 'Quick-disconnect Kv', value: `${doc.piping.quickDisconnectKv} Kv`, why: 'no published figure (REFERENCE.md §2 [U]); project input' },
    { item: 'Max case temperature (criteria)', value: f(doc.criteria.maxCaseTemp, 'temperature'), why: 'no published figure; project input' },
  ];
  if (plates.length > 0) {
    rows.push({ item: 'Case–coolant thermal resistance', value: distinct(plates.map((p) => p.thermalResistance)).map((v) => `${v} K/W`).join(', '), why: 'rack-level lumped resistance; no vendor data' });
    rows.push({ item: 'Resistance flow exponent', value: distinct(plates.map((p) => p.resistanceExponent)).join(', '), why: 'R ∝ (Q/Qd)^(−m); assumed' });
  }
  for (const key of Object.keys(CRITERIA_SOURCES) as (keyof VerdictCriteria)[]) {
    if (!CRITERIA_SOURCES[key].assumption) continue;
    const [title, kind] = CRITERION[key];
    const v = r.verdicts.criteria[key];
    rows.push({ item: `Criterion: ${title}`, value: typeof v === 'number' && kind !== null ? { si: v, quantity: kind } : String(v), why: CRITERIA_SOURCES[key].source });
  }
  const loops = okLoops(r);
  return {
    id: 'assumptions', title: 'Assumptions and labelled defaults',
    blocks: nonEmpty([
      para('Values below have no verified published source. They are labelled defaults or project inputs and should be confirmed with the equipment vendors before construction.'),
      table('assumptions', 'Assumptions and labelled defaults', [col('item', 'Item'), col('value', 'Value'), col('why', 'Basis')], rows),
      { type: 'list', items: [...(loops?.assumptions ?? LOOP_ASSUMPTIONS)] },
      para(`Partial PUE excludes: ${PPUE_EXCLUDED.join('; ')}.`),
      r.transients && r.transients.length > 0 ? para(`Transients: pump time constant ${DEFAULT_TRANSIENT_ASSUMPTIONS.pumpTimeConstant} s, IT heat capacity ${DEFAULT_TRANSIENT_ASSUMPTIONS.itCapacityPerWatt} J/K per W, CDU internal volume ${DEFAULT_TRANSIENT_ASSUMPTIONS.cduInternalVolume * 1000} L, room mass factor ${DEFAULT_TRANSIENT_ASSUMPTIONS.roomMassFactor} (all assumptions).`) : null,
      r.sweep && r.sweep.length > 0 ? { type: 'list', items: POWER_SWEEP_METHOD.map((x) => `Sufficiency map: ${x}`) } : null,
    ]),
  };
}

export function methodsSection(doc: HallDocument, r: ReportResults): Section {
  const loops = okLoops(r), air = okAir(r);
  const conv: string[] = [];
  if (loops) {
    const c = loops.convergence;
    conv.push(`Liquid loops: ${c.outerIterations} outer (hydraulics ↔ heat) iterations, ${c.converged ? 'converged' : 'NOT converged'}, last temperature change ${c.temperatureChange.toExponential(1)} K; energy balance error ${(c.energyBalanceError * 100).toExponential(1)} % (TCS), ${(c.primaryBalanceError * 100).toExponential(1)} % (FWS).`);
  }
  if (air) {
    const c = air.convergence;
    conv.push(`Room air (${r.airMode ?? 'fast'} mode, ${air.fields.grid.dx.toFixed(2)} m cells): ${c.steps} steps, ${c.converged ? 'converged' : 'NOT converged'}${c.averagedSteps > 0 ? `, mean of ${c.averagedSteps} steps${c.converged ? ' of a statistically steady flow' : ''} (standard error of the mean rack intakes ${c.meanStdError == null ? 'not estimated: the average is too short' : `${c.meanStdError.toFixed(2)} K`}; the halves of the average differ by up to ${(c.meanDrift ?? 0).toFixed(2)} K)` : ''}; energy imbalance ${(air.energy.imbalance * 100).toFixed(3)} %.`);
    conv.push(`Agreement of this air solve with OpenFOAM: ${air.accuracy?.basis ?? 'not recorded with this result'}.`);
  }
  return {
    id: 'methods', title: 'Methods, convergence and accuracy',
    blocks: nonEmpty([
      para('Liquid loops: each CDU\'s technology cooling system and the facility water system are generated from the plan (headers, branches, hoses, quick disconnects, cold plates, CDU heat exchangers and pumps) and solved for flow and pressure with the global gradient algorithm (as EPANET), coupled to an enthalpy balance and ε-NTU heat exchangers until temperatures settle. Coolant properties from CoolProp tables (REFERENCE.md §4).'),
      para('Room air: a three-dimensional solve of air flow and temperature on a uniform staggered grid: fast fluid dynamics (semi-Lagrangian momentum, pressure projection, Boussinesq buoyancy, Chen–Xu turbulent viscosity) marched to a steady or time-averaged state, with a finite-volume energy balance; with racks as fixed-airflow heat sources, cooling units as supply and return faces and rear doors as ε-NTU coils. Metrics: RCI (Herrlin 2005), RTI, SHI/RHI (Sharma et al. 2002).'),
      para(`Verdicts: each rack is checked against the criteria of section "Design criteria"; a check whose solver is missing or failed is "not evaluated", never a pass.${doc.unitSystem === 'IP' ? ' Values are computed in SI and shown in IP units.' : ''}`),
      { type: 'list', items: conv },
      para('Accuracy measured by the project against independent references:'),
      { type: 'list', items: [...ACCURACY] },
      airReferenceTable(),
    ]),
  };
}

/** An air-solve warning that states a design issue and more: it begins with the issue's message (its
 *  first letter in either case). A tile outside the hall is both: validate.ts "Tile T1 is outside the
 *  hall" and hall-problem.ts "tile T1 is outside the hall (6 × 4.8 m) at x 7.5 m, y 1.2 m: ignored";
 *  the air warning also says where the tile is and what the solve did with it. */
export function sameProblem(issue: string, airWarning: string): boolean {
  return issue.length > 1 && airWarning.length > issue.length && airWarning[0].toLowerCase() === issue[0].toLowerCase() && airWarning.startsWith(issue.slice(1), 1);
}

export function warningsSection(doc: HallDocument, r: ReportResults): Section {
  const items: WarningList['items'] = [];
  const loops = okLoops(r), air = okAir(r);
  // the editor's design checks (overlaps, objects outside the hall, a liquid rack without a CDU, …): the
  // hall was solved as drawn; errors among them are warnings here (the report has no error level). A
  // problem the air solve found too is listed once, as the air solve's warning (sameProblem)
  const airWarnings = air?.warnings ?? [];
  const merged = new Set<number>();
  for (const w of designIssues(doc)) {
    const twin = w.objectId ? airWarnings.findIndex((a, i) => !merged.has(i) && sameProblem(w.message, a)) : -1;
    if (twin >= 0) merged.add(twin);
    items.push(twin >= 0
      ? { severity: 'warning', source: `air · ${w.objectId}`, text: airWarnings[twin] }
      : { severity: 'warning', source: `design${w.objectId ? ` · ${w.objectId}` : ''}`, text: w.message });
  }
  for (const w of loops?.warnings ?? []) items.push({ severity: w.severity, source: `loops · ${w.elementId}`, text: w.message });
  airWarnings.forEach((w, i) => { if (!merged.has(i)) items.push({ severity: 'warning', source: 'air', text: w }); });
  for (const v of r.verdicts.racks) for (const c of v.checks) if (!c.required && c.status === 'fail') items.push({ severity: 'info', source: `verdict · ${v.rackId}`, text: `${c.label}: ${c.reason}` });
  items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1));
  return { id: 'warnings', title: 'Warnings', blocks: items.length > 0 ? [{ type: 'warnings', items }] : [para('The solvers and checks raised no warnings.')] };
}

export function appendixSection(doc: HallDocument, r: ReportResults): Section {
  const rows: Record<string, Cell>[] = [];
  const names = new Map(doc.racks.map((x) => [x.id, x.name]));
  for (const v of r.verdicts.racks) {
    for (const c of v.checks) {
      rows.push({ rack: v.rackId === names.get(v.rackId) || !names.get(v.rackId) ? v.rackId : `${v.rackId} (${names.get(v.rackId)})`, check: `${c.label}${c.required ? '' : ' (advisory)'}`,
        value: c.value !== null ? { si: c.value, quantity: c.quantity } : null,
        limit: c.limit !== null && Number.isFinite(c.limit) ? { si: c.limit, quantity: c.quantity } : null,
        margin: c.margin !== null ? { si: c.margin, quantity: marginKind(c.quantity) } : null,
        status: c.status === 'not-evaluated' ? 'incomplete' : c.status });
    }
  }
  return {
    id: 'appendix', title: 'Appendix: per-rack checks',
    blocks: [table('appendix', 'Every check of every rack (value, limit, margin ≥ 0 passes)', [col('rack', 'Rack'), col('check', 'Check'), col('value', 'Value'),
      col('limit', 'Limit'), col('margin', 'Margin'), col('status', 'Result', 'status')], rows)],
  };
}
