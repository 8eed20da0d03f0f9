// CSV and JSON exports of the solved default sample: one row per element, values equal to the results
// (SI, parsed back from the text), RFC 4180 quoting, and the engine facade serving the same text.
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_KINDS, exportCsv, exportJson, toCsv, type ReportResults } from '../../../workers/report';
import { createEngine } from '../../../workers/api';
import type { HallDocument } from '../../../workers/model/schema';
import { solvedSample } from './fixtures';

const parse = (csv: string) => {
  const [head, ...rows] = csv.trimEnd().split('\r\n').map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
};

describe('exports', () => {
  let doc: HallDocument;
  let results: ReportResults;
  beforeAll(() => ({ doc, results } = solvedSample()), 60_000);

  it('racks CSV carries loop, air and verdict results', () => {
    if (!results.loops?.ok || !results.air?.ok) throw new Error('solve failed');
    const rows = parse(exportCsv(doc, results, 'racks'));
    expect(rows.map((r) => r.id)).toEqual(doc.racks.map((r) => r.id));
    for (const a of results.air.racks) expect(Number(rows.find((r) => r.id === a.id)!.intake_max_C)).toBeCloseTo(a.intakeMax, 6);
    for (const l of results.loops.racks) if (l.cduId) expect(Number(rows.find((r) => r.id === l.id)!.coolant_flow_m3s)).toBeCloseTo(l.flow, 12);
    for (const v of results.verdicts.racks) expect(rows.find((r) => r.id === v.rackId)!.status).toBe(v.status);
  });

  it('CDU, pipe and cooling-unit CSVs have one row per element', () => {
    if (!results.loops?.ok) throw new Error('loops failed');
    expect(parse(exportCsv(doc, results, 'cdus')).map((r) => Number(r.load_W))).toEqual(results.loops.cdus.map((c) => Number(c.load.toPrecision(10))));
    expect(parse(exportCsv(doc, results, 'pipes'))).toHaveLength(results.loops.pipes.length);
    expect(parse(exportCsv(doc, results, 'coolingUnits')).map((r) => r.id)).toEqual(doc.coolingUnits.map((u) => u.id));
  });

  it('quotes fields with commas, quotes and newlines; empty for missing values', () => {
    expect(toCsv(['a', 'b', 'c'], [['x,y', 'say "hi"', null], [1.5, NaN, 'l1\nl2']])).toBe('a,b,c\r\n"x,y","say ""hi""",\r\n1.5,,"l1\nl2"\r\n');
  });

  it('JSON has results without cell fields; the engine facade serves the same text', async () => {
    const j = JSON.parse(exportJson(doc, results)) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['project', 'revision', 'units', 'loops', 'air', 'verdicts', 'summary']);
    expect(j.air).not.toHaveProperty('fields');
    const engine = createEngine();
    for (const kind of CSV_KINDS) expect(await engine.exportCsv(doc, results, kind)).toBe(exportCsv(doc, results, kind));
    const html = await engine.reportHtml(doc, results, { pageSize: 'A4', date: '2026-12-01' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });
});
