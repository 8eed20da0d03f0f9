import { describe, expect, it } from 'vitest';
import { formatReportEntry, importRacks, parseCsv, suggestMapping, splitHeader } from '../../../workers/model/csv';
import { Rack } from '../../../workers/model/schema';
import { sampleDoc } from './helpers';

// A messy export: BOM, semicolons, quoted fields (one with a newline), units in headers and cells,
// blank lines, bad values.
const MESSY = '\ufeffRack Name;Row;Position;Load (BTU/h);Cooling;Liquid %;Airflow (CFM/kW);Notes\n' +
  'AI-01;Hall 2 Row A;1;409,457;DLC;85 %;;"first rack"\n' + // 409,457 BTU/h ≈ 120 kW
  'AI-02;Hall 2 Row A;2;120 kW;liquid;0.85;;\n' +
  '\n' +
  'AI-03;Hall 2 Row A;3;abc;dlc;85;;\n' + // line 5: bad load
  'ST-01;Hall 2 Row B;1;68,243;air;;150;"two\nlines"\n' + // 68,243 BTU/h ≈ 20 kW; record spans lines 6–7
  'ST-02;Hall 2 Row B;;20 kW;steam;;;\n' + // line 8: bad cooling
  'ST-03;;;20;air;;;\n' + // line 9: no row, no x/y
  'ST-04;Hall 2 Row B;;30 TR;air;40 %;;\n'; // line 10: air rack with liquid share

describe('parseCsv', () => {
  it('reads headers, rows and the file line of each record', () => {
    const t = parseCsv(MESSY);
    expect(t.headers[0]).toBe('Rack Name');
    expect(t.headers).toHaveLength(8);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5, 6, 8, 9, 10]);
    expect(t.rows[3].cells[7]).toBe('two\nlines');
  });
});

describe('suggestMapping', () => {
  it('maps common headers and reads units from them', () => {
    const m = suggestMapping(parseCsv(MESSY).headers);
    expect(m.name).toEqual({ column: 0, unit: null });
    expect(m.row?.column).toBe(1);
    expect(m.position?.column).toBe(2);
    expect(m.itLoad).toEqual({ column: 3, unit: 'BTU/h' });
    expect(m.cooling?.column).toBe(4);
    expect(m.liquidShare?.column).toBe(5);
    expect(m.airflow).toEqual({ column: 6, unit: 'CFM/kW' });
    expect(m.template).toBeUndefined();
  });

  it('understands bare unit headers and x/y layouts', () => {
    const m = suggestMapping(['ID', 'X (m)', 'Y (m)', 'kW', 'Rotation', 'Template', 'Height (mm)']);
    expect(m.name?.column).toBe(0);
    expect(m.x).toEqual({ column: 1, unit: 'm' });
    expect(m.y).toEqual({ column: 2, unit: 'm' });
    expect(m.itLoad).toEqual({ column: 3, unit: 'kW' });
    expect(m.rotation?.column).toBe(4);
    expect(m.template?.column).toBe(5);
    expect(m.height).toEqual({ column: 6, unit: 'mm' });
    expect(splitHeader('IT load [kW]')).toEqual({ words: 'it load', unit: 'kW' });
  });
});

describe('importRacks', () => {
  const doc = sampleDoc('ai-hall-mixed');
  const table = parseCsv(MESSY);
  const result = importRacks(doc, table.rows, suggestMapping(table.headers), { headers: table.headers, origin: { x: 1.2, y: 20 } });

  it('imports the good rows as schema-valid racks and creates rows by name', () => {
    expect(result.racks.map((r) => r.name)).toEqual(['AI-01', 'AI-02', 'ST-01']);
    for (const r of result.racks) expect(Rack.safeParse(r).success).toBe(true);
    expect(result.rows.map((r) => r.name)).toEqual(['Hall 2 Row A', 'Hall 2 Row B']);
    const [a1, a2, s1] = result.racks;
    // 409,457 BTU/h × 1055.05585262 J / 3600 s = 120,000 W (within 1 W)
    expect(a1.itLoad).toBeCloseTo(120e3, -1);
    expect(a2.itLoad).toBe(120e3);
    expect(a1.cooling).toBe('dlc');
    expect(a1.liquidCaptureFraction).toBeCloseTo(0.85, 12);
    expect(s1.cooling).toBe('air');
    expect(s1.itLoad).toBeCloseTo(20e3, -1);
    // 150 CFM/kW = 150 · 0.3048³/60 m³/s per 1000 W
    expect(s1.airflow).toEqual({ spec: 'perPower', value: expect.closeTo((150 * 0.3048 ** 3) / 60 / 1000, 12) });
  });

  it('places racks along their row at the rack-width pitch from the origin', () => {
    const [a1, a2, s1] = result.racks;
    expect(a1.x).toBeCloseTo(1.2 + 0.3, 9);
    expect(a2.x).toBeCloseTo(1.2 + 0.9, 9);
    expect(a1.y).toBeCloseTo(20 + 0.6, 9); // first new row: origin.y + depth/2
    expect(s1.y).toBeCloseTo(20 + 2.4 + 0.6, 9); // second new row one pitch further
    expect(a1.rotationDeg).toBe(0);
    expect(s1.rotationDeg).toBe(180);
    expect(a1.rowId).toBe(result.rows[0].id);
    expect(new Set(result.racks.map((r) => r.id)).size).toBe(3);
    for (const r of result.racks) expect(doc.racks.some((d) => d.id === r.id)).toBe(false);
  });

  it('reports each bad row by line, column and reason', () => {
    const lines = result.report.map(formatReportEntry);
    expect(lines).toEqual([
      "line 5, Load (BTU/h): 'abc' is not a number: expected a power (kW or BTU/h)",
      "line 8, Cooling: 'steam' is not a cooling type (air, hybrid or dlc)",
      'line 9, Row: needs x and y, or a row (with an optional position in the row)',
      'line 10, Liquid %: air-cooled rack cannot have a liquid share of 40 %',
    ]);
  });

  it('uses explicit x/y with units from the headers and a template column', () => {
    const csv = 'Name,X (ft),Y (ft),kW,Template,Rotation\nZ1,10,20,150,rack-nvl72-140kw-dlc,90\nZ2,1,1,5,no-such-template,0\n';
    const t = parseCsv(csv);
    const r = importRacks(doc, t.rows, suggestMapping(t.headers), { headers: t.headers });
    expect(r.racks).toHaveLength(1);
    expect(r.racks[0]).toMatchObject({ templateId: 'rack-nvl72-140kw-dlc', itLoad: 150e3, rotationDeg: 90, rowId: null });
    expect(r.racks[0].x).toBeCloseTo(3.048, 9);
    expect(r.report.map(formatReportEntry)).toEqual(["line 3, Template: 'no-such-template' is not in the equipment library"]);
  });
});
