// Front sections of the report: cover, executive summary (verdict counts, tightest margins, what fails
// and what it would take), design criteria with their sources, hall description (plan drawing with
// verdict colours, equipment lists). Values SI in tables; sentences formatted in the document's units.
import type { HallDocument } from '../model/schema';
import { heatLoadSummary } from '../loads/summary';
import { criteriaTable, MODE_LABEL, type VerdictCriteria } from '../verdicts';
import type { QuantityKind } from '../model/quantity';
import type { Block, Section, Cell } from './model';
import type { ReportOptions, ReportResults } from './inputs';
import { col, formatter, marginKind, nonEmpty, para, pct, q, table } from './common';
import { planFigure } from './figures';

export function coverSection(doc: HallDocument, o: ReportOptions): Section {
  const m = doc.meta;
  return {
    id: 'cover', title: 'Thermal assessment report',
    blocks: [{ type: 'keyValues', items: [
      { label: 'Project', value: m.name }, { label: 'Client', value: m.client || '–' },
      { label: 'Author', value: o.author ?? (m.author || '–') }, { label: 'Revision', value: o.revision ?? (m.revision || '–') },
      { label: 'Date', value: o.date }, { label: 'Units', value: doc.unitSystem === 'SI' ? 'SI (metric)' : 'IP (US customary)' },
    ] }],
  };
}

export function summarySection(doc: HallDocument, r: ReportResults): Section {
  const f = formatter(doc.unitSystem);
  const v = r.verdicts, s = r.summary;
  const n = v.racks.length;
  const failing = v.racks.filter((x) => x.status === 'fail');
  const headline = failing.length === 0 && v.counts.incomplete === 0
    ? `All ${n} racks are coolable as designed: every required check passes.`
    : `${v.counts.pass} of ${n} racks pass, ${v.counts.fail} fail and ${v.counts.incomplete} could not be fully evaluated.`;
  // racks whose inlet margin is inside the air solve's stated agreement with OpenFOAM (verdicts checks.ts undecided)
  const figure = v.racks.flatMap((x) => x.checks).find((c) => c.uncertainty !== undefined)?.uncertainty;
  const undecided = v.undecided > 0 && figure !== undefined
    ? `${v.undecided} of ${n} racks have an inlet margin inside the ${f(figure, 'temperatureDelta')} by which the air solve states its hottest intake cell may differ from OpenFOAM (methods section): this tool does not decide them, whatever their verdict; confirm them with a CFD study or measurement.`
    : '';
  const heat = `IT load ${f(s.itLoad, 'power')}: ${f(s.heat.liquid, 'power')} to liquid through the CDUs, ${f(s.heat.air, 'power')} to the room air through the cooling units and ${f(s.heat.doors, 'power')} to rear doors` +
    (s.heat.balanceError !== null ? ` (balance within ${pct(s.heat.balanceError, 2)}).` : '.');
  const pue = s.partialPue !== null ? `Partial PUE of the modelled cooling auxiliaries (fans and pumps only; lower bound): ${s.partialPue.toFixed(3)}.` : '';
  const tight = [...v.racks].filter((x) => x.governingMargin !== null)
    .sort((a, b) => normalised(a) - normalised(b)).slice(0, 8);
  const rows: Record<string, Cell>[] = tight.map((x) => {
    const c = x.checks.find((k) => k.id === x.governing);
    return { rack: x.rackId, mode: MODE_LABEL[x.mode], status: x.status, check: c?.label ?? '–',
      value: c && c.value !== null ? { si: c.value, quantity: c.quantity } : null,
      limit: c && c.limit !== null && Number.isFinite(c.limit) ? { si: c.limit, quantity: c.quantity } : null,
      margin: c && c.margin !== null ? { si: c.margin, quantity: marginKind(c.quantity) } : null };
  });
  const fails = failing.map((x) => {
    const remedy = r.remedies?.find((m) => m.rackId === x.rackId);
    const take = remedy ? (remedy.found ? ` What it would take: ${remedy.found.change}.` : ` No single change tried passes (${remedy.message}).`) : '';
    return `${x.rackId}: ${x.reasons[0] ?? 'fails'}.${take}`;
  });
  return {
    id: 'summary', title: 'Executive summary',
    blocks: nonEmpty([
      para(headline), undecided ? para(undecided) : null, para(heat), pue ? para(pue) : null,
      { type: 'keyValues', items: [
        { label: 'Racks passing', value: `${v.counts.pass} / ${n}` }, { label: 'Racks failing', value: String(v.counts.fail) },
        { label: 'Racks incomplete', value: String(v.counts.incomplete) },
        ...(figure !== undefined ? [{ label: 'Racks undecided (inlet margin inside the air figure)', value: String(v.undecided) }] : []),
        { label: 'Air solve', value: v.air },
        { label: 'Loop solve', value: v.loops },
        ...(s.facilityWater ? [{ label: 'Facility water', value: `${f(s.facilityWater.supplyT, 'temperature')} supply vs ${s.facilityWater.wClass} max ${f(s.facilityWater.wClassMax, 'temperature')}` }] : []),
      ] },
      table('tightest', 'Tightest margins (governing check of each rack, smallest first)', [
        col('rack', 'Rack'), col('mode', 'Cooling mode'), col('status', 'Verdict', 'status'), col('check', 'Governing check'),
        col('value', 'Value', 'text'), col('limit', 'Limit', 'text'), col('margin', 'Margin', 'text'),
      ], rows),
      fails.length > 0 ? { type: 'list', items: fails } : null,
      fails.length > 0 && !r.remedies ? para('"What it would take" was not computed for this issue of the report.') : null,
    ]),
  };
}

function normalised(x: { checks: { id: string; normalised: number | null }[]; governing: string | null }): number {
  return x.checks.find((c) => c.id === x.governing)?.normalised ?? Infinity;
}

export const CRITERION: Record<keyof VerdictCriteria, [string, QuantityKind | null]> = {
  airClass: ['ASHRAE air class', null], inletRecommendedMax: ['Rack inlet, recommended max', 'temperature'],
  inletAllowableMax: ['Rack inlet, allowable max', 'temperature'], inletBasis: ['Inlet basis of pass/fail', null],
  wClass: ['ASHRAE liquid class', null], facilitySupplyMax: ['Facility supply max', 'temperature'],
  flowPerPowerMin: ['Coolant flow per kW, min', 'liquidFlowPerPower'], flowPerPowerMax: ['Coolant flow per kW, max (advisory)', 'liquidFlowPerPower'],
  minFlowShare: ['Min share of design flow', 'fraction'], maxCaseTemp: ['Max case temperature', 'temperature'],
  returnTempLimit: ['TCS return limit', 'temperature'], minSupplyShare: ['Min supply-air share of intake', 'fraction'],
  maxCduUtilisation: ['Max CDU utilisation', 'fraction'], maxAirUnitUtilisation: ['Max cooling-unit utilisation', 'fraction'],
};

export function criteriaSection(doc: HallDocument, r: ReportResults): Section {
  const rows = criteriaTable(r.verdicts.criteria).map((c) => {
    const [title, kind] = CRITERION[c.key];
    const value: Cell = typeof c.value === 'number' && kind !== null ? (Number.isFinite(c.value) ? { si: c.value, quantity: kind } : 'none') : String(c.value);
    return { criterion: title, value, source: c.source, basis: c.assumption ? 'assumption' : 'reference' };
  });
  return {
    id: 'criteria', title: 'Design criteria',
    blocks: [
      para(`Racks are judged against ASHRAE TC 9.9 class ${doc.criteria.airClass} (air) and ${doc.criteria.wClass} (facility water) with ${doc.criteria.coolant} coolant at a design ΔT of ${formatter(doc.unitSystem)(doc.criteria.coolantDeltaT, 'temperatureDelta')}. Criteria marked "assumption" have no published figure behind them and were chosen for this project.`),
      table('criteria', 'Design criteria and their sources', [col('criterion', 'Criterion'), col('value', 'Value'), col('source', 'Source'), col('basis', 'Basis')], rows),
    ],
  };
}

export function hallSection(doc: HallDocument, r: ReportResults): Section {
  const f = formatter(doc.unitSystem);
  const e = doc.envelope;
  const loads = heatLoadSummary(doc).hall;
  const rows = doc.rows.map((row) => {
    const rs = doc.racks.filter((x) => x.rowId === row.id);
    return { row: row.name || row.id, racks: rs.length, cooling: [...new Set(rs.map((x) => x.cooling))].join(', '),
      load: rs.reduce((s, x) => s + x.itLoad, 0), perRack: rs.length > 0 ? Math.max(...rs.map((x) => x.itLoad)) : null };
  });
  const loose = doc.racks.filter((x) => x.rowId === null);
  if (loose.length > 0) rows.push({ row: '(no row)', racks: loose.length, cooling: [...new Set(loose.map((x) => x.cooling))].join(', '), load: loose.reduce((s, x) => s + x.itLoad, 0), perRack: Math.max(...loose.map((x) => x.itLoad)) });
  return {
    id: 'hall', title: 'Hall description',
    blocks: nonEmpty([
      para(`The hall measures ${f(e.length, 'length')} × ${f(e.width, 'length')} with a ${f(e.ceilingHeight, 'length')} ceiling on a ${e.floor.kind === 'raised' ? `raised floor (${f(e.floor.plenumDepth, 'length')} plenum)` : 'slab floor'}. It holds ${doc.racks.length} racks (${loads.rackCount.dlc} DLC, ${loads.rackCount.hybrid} hybrid, ${loads.rackCount.air} air) with ${f(loads.itLoad, 'power')} of IT load, ${doc.coolingUnits.length} cooling units (${f(loads.airCoolingCapacity, 'power')} enabled sensible capacity), ${doc.cdus.length} CDUs (${f(loads.cduCapacity, 'power')}) and ${doc.containment.length} contained aisles.`),
      doc.meta.notes ? para(doc.meta.notes) : null,
      { type: 'figure', id: 'plan', caption: 'Plan of the hall: racks coloured by verdict, labelled with their ids; cooling units and CDUs', body: planFigure(doc, r.verdicts), wide: true },
      ...viewFigures(r),
      r.views && r.views.length > 0 && r.views.length < doc.viewpoints.length ? para(`3D views: the first ${r.views.length} of the project's ${doc.viewpoints.length} saved viewpoints.`) : null,
      table('rows', 'Racks by row', [col('row', 'Row'), col('racks', 'Racks', q('count')), col('cooling', 'Cooling'), col('perRack', 'Max rack load', q('power')), col('load', 'Row IT load', q('power'))], rows),
      table('units', 'Cooling units', [col('id', 'Unit'), col('kind', 'Kind'), col('capacity', 'Capacity', q('power')), col('airflow', 'Airflow', q('airflow')),
        col('setpoint', 'Supply setpoint', q('temperature')), col('fan', 'Fan power', q('power')), col('enabled', 'State')],
      doc.coolingUnits.map((u) => ({ id: u.id, kind: u.kind, capacity: u.capacity, airflow: u.airflow, setpoint: u.supplySetpoint, fan: u.fanPower, enabled: u.enabled ? 'enabled' : 'disabled' }))),
      table('cdus', 'Coolant distribution units', [col('id', 'CDU'), col('capacity', 'Capacity', q('power')), col('approach', 'Approach', q('temperatureDelta')),
        col('setpoint', 'TCS setpoint', q('temperature')), col('pumps', 'Pumps (standby)'), col('flow', 'Rated flow / pump', q('liquidFlow')), col('head', 'Rated head', q('head'))],
      doc.cdus.map((c) => ({ id: c.id, capacity: c.capacity, approach: c.approach, setpoint: c.secondarySupplySetpoint, pumps: `${c.pumps.count} (${c.pumps.standby})`, flow: c.pumps.ratedFlow, head: c.pumps.ratedHead }))),
      { type: 'keyValues', items: [
        { label: 'Heat rejection', value: `${doc.plant.units} × ${f(doc.plant.unitCapacity, 'power')} ${doc.plant.kind} (${doc.plant.redundantUnits} redundant)` },
        { label: 'Facility water supply', value: f(doc.plant.supplyTemp, 'temperature') },
        { label: 'Chilled water to CRAHs', value: f(doc.plant.chilledWaterSupplyTemp, 'temperature') },
        { label: 'Piping', value: `${doc.piping.routing}, ${doc.piping.returnLayout} return` },
      ] },
    ]),
  };
}

/** The 3D views captured from the saved viewpoints (app only: the CLI has no 3D renderer). */
function viewFigures(r: ReportResults): Block[] {
  return (r.views ?? []).map((v, i) => ({
    type: 'figure' as const, id: `view-${i}`, caption: `3D view “${v.name}” (saved viewpoint ${v.id})${v.note ? `: ${v.note}` : ''}`,
    body: { type: 'image' as const, png: v.png, width: v.width, height: v.height }, wide: true,
  }));
}
