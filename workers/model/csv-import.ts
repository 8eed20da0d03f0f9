// Rack-list CSV import, step 2: mapped CSV rows → schema-valid racks (+ rows created by name). A row
// with any problem is skipped and reported by line, column and reason ("line 7, kW: 'abc' is not a
// number…"); good rows are imported. Values go through parseQuantity, so "30 kW", "102,000 BTU/h" or
// a bare number in the header's unit all work. Positions: explicit x/y, or row + position-in-row placed
// along +x at the rack-width pitch from `origin`, new rows stacked along +y at `rowPitch`.
import { Rack, type HallDocument, type RackT, type RowT, type RackCooling } from './schema';
import { createRackFromTemplate, rackTemplate } from './library';
import { parseQuantity } from '../units/parse';
import type { UnitSystem } from '../units/table';
import type { QuantityKind } from './quantity';
import type { CsvField, CsvMapping, CsvRow } from './csv';

export interface ImportOptions {
  /** Unit system for bare numbers whose column has no unit (default SI: kW, m, CFM→no: m³/s…). */
  system?: UnitSystem;
  /** Where row placement starts (rack bounding-box corner), m. Default (1.2, 1.2). */
  origin?: { x: number; y: number };
  /** Distance between successive new rows, m. Default 2.4 (1.2 m rack + 1.2 m aisle). */
  rowPitch?: number;
  /** Templates when the CSV names none: for air racks and for liquid (DLC/hybrid) racks. */
  airTemplateId?: string;
  liquidTemplateId?: string;
  /** CSV headers, so that reports name the column ("kW") rather than the field ("itLoad"). */
  headers?: readonly string[];
}

export interface ImportReportEntry { line: number; field: string; message: string }
export interface ImportResult { racks: RackT[]; rows: RowT[]; report: ImportReportEntry[] }

export function formatReportEntry(e: ImportReportEntry): string {
  return `line ${e.line}${e.field ? `, ${e.field}` : ''}: ${e.message}`;
}

const COOLING_WORDS: Record<string, RackCooling> = {
  air: 'air', 'air cooled': 'air', aircooled: 'air',
  dlc: 'dlc', liquid: 'dlc', 'liquid cooled': 'dlc', d2c: 'dlc', dtc: 'dlc', 'direct to chip': 'dlc', 'direct-to-chip': 'dlc', 'cold plate': 'dlc',
  hybrid: 'hybrid', rdhx: 'hybrid', 'rear door': 'hybrid',
};

const slug = (s: string) => s.trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'x';

interface RowPlan { row: RowT; x0: number; y: number; rotationDeg: number; next: number }

export function importRacks(doc: HallDocument, rows: readonly CsvRow[], mapping: CsvMapping, options: ImportOptions = {}): ImportResult {
  const system = options.system ?? 'SI';
  const origin = options.origin ?? { x: 1.2, y: 1.2 };
  const rowPitch = options.rowPitch ?? 2.4;
  const airTemplate = options.airTemplateId ?? 'rack-air-20kw';
  const liquidTemplate = options.liquidTemplateId ?? 'rack-nvl72-120kw-dlc';
  const usedIds = new Set<string>([
    ...doc.racks, ...doc.rows, ...doc.coolingUnits, ...doc.cdus, ...doc.tiles, ...doc.containment,
    ...doc.envelope.walls, ...doc.envelope.columns, ...doc.scenarios, ...doc.viewpoints, ...doc.annotations,
  ].map((o) => o.id));
  const uniqueId = (base: string) => {
    let id = base;
    for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
    usedIds.add(id);
    return id;
  };
  const plans = new Map<string, RowPlan>();
  const newRows: RowT[] = [];
  let newRowCount = 0;
  const rowPlan = (name: string, depth: number): RowPlan => {
    const key = name.trim().toLowerCase();
    let plan = plans.get(key);
    if (plan) return plan;
    const existing = doc.rows.find((r) => r.name.trim().toLowerCase() === key);
    const placed = existing ? doc.racks.filter((r) => r.rowId === existing.id) : [];
    if (existing && placed.length > 0) {
      const x0 = Math.min(...placed.map((r) => r.x - r.width / 2));
      plan = { row: existing, x0, y: placed[0].y, rotationDeg: placed[0].rotationDeg, next: placed.length + 1 };
    } else {
      const row = existing ?? { id: uniqueId(`row-${slug(name)}`), name: name.trim().slice(0, 120) };
      if (!existing) newRows.push(row);
      const k = newRowCount++;
      plan = { row, x0: origin.x, y: origin.y + k * rowPitch + depth / 2, rotationDeg: k % 2 === 0 ? 0 : 180, next: 1 };
    }
    plans.set(key, plan);
    return plan;
  };

  const racks: RackT[] = [];
  const report: ImportReportEntry[] = [];
  let serial = doc.racks.length;
  for (const csvRow of rows) {
    const problems: ImportReportEntry[] = [];
    const cell = (f: CsvField): string | null => {
      const m = mapping[f];
      if (!m) return null;
      const v = csvRow.cells[m.column];
      return v === undefined || v.trim() === '' ? null : v.trim();
    };
    const bad = (f: CsvField, message: string) => problems.push({ line: csvRow.line, field: columnName(mapping, f, options.headers), message });
    const quantity = (f: CsvField, kind: QuantityKind): number | null => {
      const text = cell(f);
      if (text === null) return null;
      const unit = mapping[f]?.unit;
      const withUnit = unit && /^[-+]?[\d.,]+(e[-+]?\d+)?$/i.test(text) ? `${text} ${unit}` : text;
      const r = parseQuantity(withUnit, kind, system);
      if (!r.ok) { bad(f, `'${text}' ${r.error.replace(/^'[^']*' /, '')}`); return null; }
      return r.value;
    };

    // cooling and template decide the starting values
    const coolingText = cell('cooling');
    let cooling: RackCooling | null = null;
    if (coolingText !== null) {
      cooling = COOLING_WORDS[coolingText.toLowerCase().replace(/[_]+/g, ' ')] ?? null;
      if (!cooling) bad('cooling', `'${coolingText}' is not a cooling type (air, hybrid or dlc)`);
    }
    const templateText = cell('template');
    if (templateText !== null && !rackTemplate(templateText)) bad('template', `'${templateText}' is not in the equipment library`);
    const templateId = templateText && rackTemplate(templateText) ? templateText : cooling === 'air' || cooling === null ? airTemplate : liquidTemplate;
    const name = (cell('name') ?? `R${String(++serial).padStart(3, '0')}`).slice(0, 120);
    const base = createRackFromTemplate(templateId, { id: 'tmp', name, x: 0, y: 0, rotationDeg: 0, rowId: null });
    if (!base) { bad('template', `template '${templateId}' is not in the equipment library`); report.push(...problems); continue; }
    if (cooling) base.cooling = cooling;
    if (base.cooling === 'air') { base.liquidCaptureFraction = 0; base.coldPlate = null; }

    const itLoad = quantity('itLoad', 'power');
    if (itLoad !== null) base.itLoad = itLoad;
    const share = liquidShare(cell('liquidShare'));
    if (share === 'bad') bad('liquidShare', `'${cell('liquidShare')}' is not a share (0–1 or 0–100 %)`);
    else if (share !== null) {
      if (base.cooling === 'air' && share > 0) bad('liquidShare', `air-cooled rack cannot have a liquid share of ${cell('liquidShare')}`);
      else base.liquidCaptureFraction = share;
    }
    for (const [f, key] of [['height', 'height'], ['width', 'width'], ['depth', 'depth']] as const) {
      const v = quantity(f, 'length');
      if (v !== null) base[key] = v;
    }
    const airflowText = cell('airflow');
    if (airflowText !== null) {
      const perPower = /\/\s*k?W\b/i.test(`${airflowText} ${mapping.airflow?.unit ?? ''}`);
      const v = quantity('airflow', perPower ? 'airflowPerPower' : 'airflow');
      if (v !== null) {
        if (perPower) base.airflow = { spec: 'perPower', value: v };
        else if (base.itLoad > 0) base.airflow = { spec: 'perPower', value: v / base.itLoad };
        else bad('airflow', 'a rack airflow needs an IT load > 0 to become airflow per kW');
      }
    }
    const rotation = quantity('rotation', 'angle');

    // placement
    const x = quantity('x', 'length');
    const y = quantity('y', 'length');
    const rowName = cell('row');
    const position = quantity('position', 'count');
    if (position !== null && position < 1) bad('position', `'${cell('position')}' must be 1 or more`);
    if (x !== null && y !== null) {
      base.x = x; base.y = y;
      base.rotationDeg = rotation ?? 0;
      if (rowName !== null) base.rowId = rowPlan(rowName, base.depth).row.id;
    } else if (rowName !== null) {
      const plan = rowPlan(rowName, base.depth);
      const pos = position ?? plan.next;
      plan.next = Math.max(plan.next, pos + 1);
      base.rowId = plan.row.id;
      base.x = round6(plan.x0 + (pos - 0.5) * base.width);
      base.y = round6(plan.y);
      base.rotationDeg = rotation ?? plan.rotationDeg;
    } else {
      bad(mapping.x ? 'x' : 'row', 'needs x and y, or a row (with an optional position in the row)');
    }
    if (problems.length === 0) {
      base.id = uniqueId(slug(name));
      const check = Rack.safeParse(base);
      if (check.success) { racks.push(check.data); continue; }
      for (const i of check.error.issues) problems.push({ line: csvRow.line, field: i.path.join('.'), message: i.message });
      usedIds.delete(base.id);
    }
    report.push(...problems);
  }
  const usedRowIds = new Set(racks.map((r) => r.rowId));
  return { racks, rows: newRows.filter((r) => usedRowIds.has(r.id)), report };
}

/** The CSV header of the column feeding `f`, or the field name. */
function columnName(mapping: CsvMapping, f: CsvField, headers: readonly string[] | undefined): string {
  const col = mapping[f]?.column;
  return col !== undefined && headers?.[col] ? headers[col] : f;
}

/** "85 %", "85", "0.85" → 0.85; null when empty; 'bad' when not a share. */
function liquidShare(text: string | null): number | null | 'bad' {
  if (text === null) return null;
  const m = /^([-+]?\d*\.?\d+)\s*(%?)$/.exec(text);
  if (!m) return 'bad';
  const v = Number(m[1]);
  const share = m[2] === '%' || v > 1 ? v / 100 : v;
  return share >= 0 && share <= 1 ? share : 'bad';
}

function round6(v: number): number { return Math.round(v * 1e6) / 1e6; }
