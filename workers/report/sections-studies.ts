// Study sections, each present only when its study was run: redundancy matrix (N / N+1 / 2N per
// equipment group, then per failure case the racks that fail), the document's scenarios, ride-through
// transients (temperature vs time charts) and the sufficiency map (rack power × cooling mode).
import type { HallDocument } from '../model/schema';
import { SWEEP_MODES, type FwsSweepPoint } from '../scenarios';
import type { Cell, ChartFigure, Section, Series } from './model';
import type { ReportResults } from './inputs';
import { col, formatter, nonEmpty, para, q, table } from './common';
import { categoricalColor } from '../colormap';

export function redundancySection(r: ReportResults): Section | null {
  const m = r.redundancy;
  if (!m) return null;
  const cases = m.cases.map((c, i) => {
    const cells = m.cells[i];
    const failing = m.rackIds.filter((_, j) => cells[j].status === 'fail');
    const incomplete = cells.filter((x) => x.status === 'incomplete').length;
    let worst: number | null = null;
    for (const x of cells) if (x.margin !== null && (worst === null || x.margin < worst)) worst = x.margin;
    return { case: c.label, pass: cells.filter((x) => x.status === 'pass').length, fail: failing.length, worse: cells.filter((x) => x.worse).length, incomplete, undecided: cells.filter((x) => x.undecided).length,
      status: failing.length > 0 ? 'fail' : incomplete > 0 ? 'incomplete' : 'pass',
      racks: failing.length > 0 ? failing.slice(0, 12).join(', ') + (failing.length > 12 ? ` … (+${failing.length - 12})` : '') : '–' };
  });
  return {
    id: 'redundancy', title: 'Redundancy',
    blocks: [
      para('Each cooling unit, CDU, CDU pump and plant unit is failed in turn and the hall re-solved; failure cases judge rack inlets against the ASHRAE allowable limit, the design case against the recommended one. Undecided: racks with an inlet margin inside the air solve\'s stated agreement with OpenFOAM (methods section), whatever their verdict. A group is N when losing one of its units makes a rack fail that passes in the design case; racks that already fail with everything running are listed once, below, and do not lower any group\'s level. "below N": the installed capacity does not cover the load; "not evaluated": a case could not be solved.'),
      ...(m.design === null ? [] : [para(m.design.failing.length === 0
        ? 'Design case: every rack passes with all equipment running.'
        : `Design case: ${m.design.failing.length} rack${m.design.failing.length === 1 ? '' : 's'} already fail${m.design.failing.length === 1 ? 's' : ''} with everything running (${m.design.failing.slice(0, 24).join(', ')}${m.design.failing.length > 24 ? ' …' : ''}).`
        + (m.design.incomplete.length > 0 ? ` ${m.design.incomplete.length} not evaluated.` : ''))]),
      table('redundancy-levels', 'Redundancy level per equipment group', [col('kind', 'Equipment'), col('installed', 'Installed', q('count')), col('level', 'Level'), col('failing', 'Cases making a rack fail')],
        m.levels.map((l) => ({ kind: l.kind, installed: l.installed, level: l.level, failing: l.failingCases.length > 0 ? l.failingCases.join(', ') : '–' }))),
      table('redundancy-cases', 'Failure cases: racks passing and failing', [col('case', 'Case'), col('status', 'Result', 'status'), col('pass', 'Pass', q('count')),
        col('fail', 'Fail', q('count')), col('worse', 'Fail, pass in design', q('count')), col('incomplete', 'Incomplete', q('count')), col('undecided', 'Undecided', q('count')), col('racks', 'Failing racks')], cases),
    ],
  };
}

export function scenariosSection(doc: HallDocument): Section | null {
  if (doc.scenarios.length === 0) return null;
  const f = formatter(doc.unitSystem);
  return {
    id: 'scenarios', title: 'Scenarios',
    blocks: [
      para('Scenarios defined in the project. Single-equipment failures are assessed in the redundancy section when it is included; the tables of this report are for the design case.'),
      table('scenarios', 'Scenarios of the project', [col('name', 'Scenario'), col('failed', 'Failed equipment'), col('load', 'IT load factor', q('ratio', 2)), col('fws', 'FWS supply'), col('notes', 'Notes')],
        doc.scenarios.map((s) => ({ name: s.name, failed: s.failed.length > 0 ? s.failed.join(', ') : 'none', load: s.loadFactor,
          fws: s.facilitySupplyTemp === null ? 'design' : f(s.facilitySupplyTemp, 'temperature'), notes: s.notes }))),
    ],
  };
}

export function transientsSection(r: ReportResults): Section | null {
  const list = r.transients;
  if (!list || list.length === 0) return null;
  const blocks = list.flatMap((t, n) => {
    const ev = t.event.kind === 'pump-trip' ? `pump ${t.event.pumpId} trips` : t.event.kind === 'cdu-trip' ? `CDU ${t.event.cduId} trips` : `cooling unit ${t.event.unitId} fails`;
    const shown = t.series.slice(0, 8);
    const series: Series[] = shown.map((s, i) => ({ label: `${s.id} (${s.kind})`, color: categoricalColor(i).hex, points: Array.from(t.t, (x, k) => [x, s.values[k]] as [number, number]) }));
    const limits = [...new Set(shown.map((s) => s.limit).filter((x): x is number => x !== null))].map((v) => ({ value: v, label: 'limit' }));
    const chart: ChartFigure = { type: 'chart', x: { title: 'Time', quantity: 'time' }, y: { title: 'Temperature', quantity: 'temperature' }, series, limits };
    return [
      para(`Event ${n + 1}: ${ev}. First case limit reached ${t.firstCaseLimit === null ? 'not within the simulated time' : `after ${t.firstCaseLimit.toFixed(0)} s`}; first intake limit ${t.firstIntakeLimit === null ? 'not within the simulated time' : `after ${t.firstIntakeLimit.toFixed(0)} s`}.`),
      { type: 'figure' as const, id: `transient-${n}`, caption: `Ride-through after ${ev}`, body: chart },
    ];
  });
  return { id: 'transients', title: 'Transient ride-through', blocks };
}

export function sufficiencySection(doc: HallDocument, r: ReportResults): Section | null {
  const pts = r.sweep ?? [];
  const fws = r.fwsSweep ?? [];
  const f = formatter(doc.unitSystem);
  if (pts.length === 0 && fws.length === 0) return null;
  const powers = [...new Set(pts.map((p) => p.powerKw))].sort((a, b) => a - b);
  const rows = SWEEP_MODES.filter((m) => pts.some((p) => p.mode === m)).map((mode) => {
    const row: Record<string, Cell> = { mode };
    for (const kw of powers) row[`p${kw}`] = pts.find((p) => p.mode === mode && p.powerKw === kw)?.status ?? null;
    return row;
  });
  return {
    id: 'sufficiency', title: 'Sufficiency map',
    blocks: nonEmpty([
      pts.length > 0 && para('Whether a representative rack of each power is coolable in each cooling mode in a test row derived from this hall (its cooling units, setpoints and criteria).'),
      table('sufficiency', 'Rack power (kW) × cooling mode', [col('mode', 'Mode'), ...powers.map((kw) => col(`p${kw}`, `${kw}`, 'status'))], rows),
      fws.length > 0 && para(`The hall's liquid loops re-solved at each facility-water supply temperature (document class ${doc.criteria.wClass}). ${warmestPassing(fws, f)}`),
      table('fws-sweep', 'Facility-water supply temperature sweep', [col('supplyT', 'FWS supply', q('temperature')), col('classes', 'W classes admitting it'),
        col('inClass', 'In document class'), col('maxReturnT', 'Max TCS return', q('temperature')), col('maxCaseT', 'Max case', q('temperature')),
        col('minMargin', 'Min case margin', q('temperatureDelta')), col('failing', 'Racks failing', q('count')), col('status', 'Result', 'status')],
      fws.map((p) => ({ supplyT: p.supplyT, classes: p.wClasses.join(' ') || '–', inClass: p.withinDocumentClass ? 'yes' : 'no', maxReturnT: p.maxReturnT, maxCaseT: p.maxCaseT,
        minMargin: p.minCaseMargin, failing: p.failingRacks, status: p.message ? 'incomplete' : p.ok ? 'pass' : 'fail' }))),
      fws.some((p) => p.message) && para(`Solves that failed: ${fws.filter((p) => p.message).map((p) => `${f(p.supplyT, 'temperature')}: ${p.message}`).join('; ')}.`),
    ]),
  };
}

/** The sentence naming the warmest FWS supply up to which every swept temperature passes. */
function warmestPassing(fws: FwsSweepPoint[], f: ReturnType<typeof formatter>): string {
  const sorted = [...fws].sort((a, b) => a.supplyT - b.supplyT);
  let warmest: number | null = null;
  for (const p of sorted) {
    if (p.message || !p.ok) break;
    warmest = p.supplyT;
  }
  if (warmest === null) return `Liquid-cooled racks already fail at the coolest swept supply, ${f(sorted[0]?.supplyT, 'temperature')}.`;
  return warmest === sorted[sorted.length - 1].supplyT
    ? `Every liquid-cooled rack passes its required checks up to the warmest swept supply, ${f(warmest, 'temperature')}.`
    : `Every liquid-cooled rack passes its required checks up to a supply of ${f(warmest, 'temperature')}; warmer supplies fail racks.`;
}
