// The report's studies on the solved default sample: the pump chart draws the engine's computed system
// curve (workers/loop systemCurve, as the app's loop chart) whose speed-1 point is the solved operating
// point and which crosses the pump-set curve there; default ride-through events pick the most loaded CDU
// and cooling unit; the facility-water sweep becomes a table row per point; a captured 3D view is embedded
// as its PNG bytes. The CLI's study options name the bad field and the reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, defaultTransientEvents, renderReportHtml, REPORT_FWS_TEMPS, reportSystemCurves, type ReportModel, type ReportResults } from '../../../workers/report';
import { systemCurve } from '../../../workers/loop/system-curve';
import { fwsSweep } from '../../../workers/scenarios';
import { encodePng } from '../../../workers/report/png';
import type { HallDocument } from '../../../workers/model/schema';
import type { ChartFigure, Table } from '../../../workers/report';
import { checkStudies, parseStudies, type StudyArgs } from '../../../cli/report-studies';
import { solvedSample } from './fixtures';
import { sample } from '../loop/fixtures';

const figure = (m: ReportModel, id: string) => m.sections.flatMap((s) => s.blocks).find((b) => b.type === 'figure' && b.id === id);
const tableOf = (m: ReportModel, id: string) => m.sections.flatMap((s) => s.blocks).find((b): b is Table => b.type === 'table' && b.id === id);

describe('report studies on the default sample', () => {
  let doc: HallDocument;
  let results: ReportResults;
  beforeAll(() => {
    ({ doc, results } = solvedSample());
  }, 60_000);

  it('pump chart: the computed system curve of every CDU, through its solved operating point, crossing the pump curve there', () => {
    if (!results.loops?.ok) throw new Error('loops failed');
    const curves = reportSystemCurves(doc, results.loops);
    const online = results.loops.cdus.filter((c) => c.online && c.rackIds.length > 0 && c.pumps.running > 0);
    expect(Object.keys(curves).sort()).toEqual(online.map((c) => c.id).sort());
    const model = buildReport(doc, { ...results, systemCurves: curves }, { pageSize: 'A4', date: '2026-12-01' });
    const f = figure(model, 'pump-curve');
    if (!f || f.type !== 'figure' || f.body.type !== 'chart') throw new Error('no pump chart');
    const chart: ChartFigure = f.body;
    expect(f.caption).not.toMatch(/quadratic/i);
    for (const c of online) {
      const direct = systemCurve(doc, c.id);
      if (!('points' in direct)) throw new Error(direct.error);
      const dots = chart.series.find((s) => s.marker && s.small && s.color === chart.series.find((x) => x.label === `${c.id} system curve`)?.color);
      // the chart's dots are the engine's converged points (flow, head), origin excluded
      expect(dots?.points).toEqual(direct.points.filter((p) => p.flow > 0).map((p) => [p.flow, p.head]));
      // speed 1 of the system curve is the design solve's operating point (independent solve paths)
      const s1 = direct.points.find((p) => p.speed === 1)!;
      expect(s1.flow).toBeCloseTo(c.pumps.flow, 5);
      expect(s1.head / c.pumps.head).toBeCloseTo(1, 3);
      // the pump-set curve drawn for this CDU passes through the operating point (interpolated)
      const pump = chart.series.find((s) => !s.marker && !s.dashed && s.label.split(':')[0].split(', ').includes(c.id))!;
      const i = pump.points.findIndex((p) => p[0] >= c.pumps.flow);
      const [a, b] = [pump.points[i - 1], pump.points[i]];
      const h = a[1] + ((c.pumps.flow - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
      expect(Math.abs(h - c.pumps.head) / c.pumps.head).toBeLessThan(0.01);
    }
  });

  it('without computed curves the chart draws none and says so (no stand-in curve)', () => {
    const model = buildReport(doc, results, { pageSize: 'A4', date: '2026-12-01' });
    const f = figure(model, 'pump-curve');
    if (!f || f.type !== 'figure' || f.body.type !== 'chart') throw new Error('no pump chart');
    expect(f.body.series.some((s) => s.dashed)).toBe(false);
    expect(f.caption).toContain('No system curve computed for');
  });

  it('default ride-through events: the most loaded CDU (trip and its pump) and the most loaded cooling unit', () => {
    if (!results.loops?.ok || !results.air?.ok) throw new Error('solve failed');
    const cdu = [...results.loops.cdus].filter((c) => c.online).sort((a, b) => b.load - a.load)[0];
    const unit = [...results.air.units].filter((u) => doc.coolingUnits.find((x) => x.id === u.id)?.enabled).sort((a, b) => b.load - a.load)[0];
    expect(defaultTransientEvents(doc, results.loops, results.air)).toEqual([
      { kind: 'pump-trip', pumpId: `${cdu.id}/pump1` }, { kind: 'cdu-trip', cduId: cdu.id }, { kind: 'unit-failure', unitId: unit.id },
    ]);
  });

  it('facility-water sweep: one row per swept temperature with its failing-rack count', () => {
    const pts = [...fwsSweep(doc, { temps: [30, 45, 60] })];
    const model = buildReport(doc, { ...results, fwsSweep: pts }, { pageSize: 'A4', date: '2026-12-01' });
    const t = tableOf(model, 'fws-sweep')!;
    expect(t.rows.map((r) => [r.supplyT, r.failing])).toEqual(pts.map((p) => [p.supplyT, p.failingRacks]));
    expect(model.sections.map((s) => s.id)).toContain('sufficiency');
  });

  it('the report sweep covers every ASHRAE W-class supply limit (W17 17, W27 27, W32 32, W40 40, W45 45 °C)', () => {
    for (const t of [17, 27, 32, 40, 45]) expect(REPORT_FWS_TEMPS).toContain(t);
    expect([...REPORT_FWS_TEMPS]).toEqual([...REPORT_FWS_TEMPS].sort((a, b) => a - b));
  });

  it('a captured 3D view is embedded as its own PNG bytes with the viewpoint name', () => {
    const rgb = new Uint8Array(4 * 3 * 3).fill(200);
    const png = encodePng(rgb, 4, 3, 1);
    const model = buildReport(doc, { ...results, views: [{ id: 'VP1', name: 'Hot aisle B', note: 'from the door', png, width: 4, height: 3 }] }, { pageSize: 'A4', date: '2026-12-01' });
    const f = figure(model, 'view-0');
    expect(f && f.type === 'figure' && f.caption).toContain('Hot aisle B');
    const html = renderReportHtml(model);
    expect(html).toContain(`href="data:image/png;base64,${Buffer.from(png).toString('base64')}"`);
    // fewer views than saved viewpoints: the report says so
    const two = { ...doc, viewpoints: [...doc.viewpoints, { ...doc.viewpoints[0], id: 'VP-extra' }] };
    const cut = buildReport(two, { ...results, views: [{ id: 'VP1', name: 'Hot aisle B', note: '', png, width: 4, height: 3 }] }, { pageSize: 'A4', date: '2026-12-01' });
    expect(JSON.stringify(cut.sections.find((s) => s.id === 'hall'))).toContain(`the first 1 of the project's ${two.viewpoints.length} saved viewpoints`);
  });
});

describe('hallflow report study options', () => {
  const fresh = (): StudyArgs => ({ redundancy: false, transients: null, sweeps: null, duration: 300 });
  const parseAll = (argv: string[]) => {
    const a = fresh();
    for (let i = 0; i < argv.length; i++) {
      const n = parseStudies(argv, i, a);
      if (typeof n === 'string') return n;
      i += Math.max(1, n) - 1;
    }
    return a;
  };

  it('reads redundancy, transients, sweeps and duration', () => {
    expect(parseAll(['--redundancy', '--transient', 'cdu-trip:CDU-A,unit-failure', '--sweep', 'power', '--sweep', 'fws', '--duration', '600'])).toEqual({
      redundancy: true, transients: [{ kind: 'cdu-trip', id: 'CDU-A' }, { kind: 'unit-failure', id: null }], sweeps: ['power', 'fws'], duration: 600,
    });
    expect(parseAll(['--transient', 'none', '--sweep', 'none'])).toMatchObject({ transients: [], sweeps: [] });
  });

  it('names the option and the reason for bad values', () => {
    expect(parseAll(['--sweep', 'heat'])).toBe('--sweep must be fws, power or none (got heat)');
    expect(parseAll(['--transient', 'flood:X'])).toContain('--transient: unknown event kind "flood"');
    expect(parseAll(['--duration', '2'])).toContain('--duration must be a number of seconds from 10 to 3600 (got 2)');
    expect(parseAll(['--transient'])).toBe('--transient needs a value');
  });

  it('refuses equipment the project does not have, listing what it has', () => {
    const doc = sample('ai-hall-mixed');
    const a = parseAll(['--transient', 'pump-trip:CDU-Z/pump1']);
    if (typeof a === 'string') throw new Error(a);
    const msg = checkStudies(doc, a);
    expect(msg).toContain('no CDU pump "CDU-Z/pump1"');
    expect(msg).toContain(`${doc.cdus[0].id}/pump1`);
    const ok = parseAll(['--transient', `cdu-trip:${doc.cdus[0].id}`]);
    expect(typeof ok !== 'string' && checkStudies(doc, ok)).toBeNull();
  });
});
