// Rack-list CSV import, step 1: parse the text (papaparse) into headers and rows with their file line
// numbers, and suggest which column feeds which rack field, reading units from headers such as
// "Load (BTU/h)" or "kW". Step 2 (csv-import.ts, re-exported here) turns rows into racks.
import Papa from 'papaparse';

export { importRacks, formatReportEntry, type ImportOptions, type ImportResult, type ImportReportEntry } from './csv-import';

export const CSV_FIELDS = ['name', 'row', 'x', 'y', 'position', 'rotation', 'itLoad', 'cooling', 'liquidShare', 'template', 'height', 'width', 'depth', 'airflow'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export interface CsvRow { /** 1-based line of the file where the record starts. */ line: number; cells: string[] }
export interface CsvTable { headers: string[]; rows: CsvRow[]; /** Problems of the file itself (quotes…). */ errors: { line: number; message: string }[] }

/** A column feeding a field; `unit` (from the header or chosen by the user) applies to bare numbers. */
export interface ColumnMapping { column: number; unit: string | null }
export type CsvMapping = Partial<Record<CsvField, ColumnMapping>>;

export function parseCsv(text: string): CsvTable {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const records = result.data;
  const lines: number[] = [];
  let line = 1;
  for (const rec of records) {
    lines.push(line);
    line += 1 + rec.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  const isEmpty = (rec: string[]) => rec.every((c) => c.trim() === '');
  const first = records.findIndex((r) => !isEmpty(r));
  const errors = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter' && e.code !== 'TooFewFields' && e.code !== 'TooManyFields')
    .map((e) => ({ line: e.row !== undefined && e.row !== null && lines[e.row] !== undefined ? lines[e.row] : 1, message: e.message }));
  if (first < 0) return { headers: [], rows: [], errors };
  const headers = records[first].map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (let i = first + 1; i < records.length; i++) {
    if (!isEmpty(records[i])) rows.push({ line: lines[i], cells: records[i].map((c) => c.trim()) });
  }
  return { headers, rows, errors };
}

/** Header → { words, unit }: "IT Load (kW)" → { words: "it load", unit: "kW" }; "kW" → { words: "kw", unit: "kW" }. */
export function splitHeader(header: string): { words: string; unit: string | null } {
  const m = /^(.*?)[\s_-]*[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(header);
  const words = (m ? m[1] : header).toLowerCase().replace(/[_\-.]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (m) return { words, unit: m[2] };
  const bareUnit = /^(kw|w|mw|btu\/h|btu\/hr|btuh|tr|tons?|cfm|cfm\/kw|l\/s|m³\/s|m3\/s|mm|m|ft|in|%|deg|°)$/i.exec(header.trim());
  if (bareUnit) return { words, unit: header.trim() };
  const trailing = /\s(kw|btu\/h|cfm|mm|m|ft|%)$/i.exec(header.trim());
  return { words, unit: trailing ? trailing[1] : null };
}

/** Synonyms per field, most specific first; a header matches when its words equal or contain one. */
const SYNONYMS: Record<CsvField, readonly string[]> = {
  name: ['rack name', 'rack id', 'cabinet', 'rack', 'name', 'asset', 'tag', 'label', 'id'],
  row: ['row name', 'row id', 'row'],
  x: ['x', 'pos x', 'x position', 'easting'],
  y: ['y', 'pos y', 'y position', 'northing'],
  position: ['position in row', 'position', 'slot', 'pos', 'index', 'seq', 'no', '#'],
  rotation: ['rotation', 'orientation', 'angle', 'rot', 'facing'],
  itLoad: ['it load', 'design load', 'load', 'power', 'kw', 'heat', 'btu/h', 'btuh', 'w', 'mw'],
  cooling: ['cooling type', 'cooling', 'type'],
  liquidShare: ['liquid share', 'liquid fraction', 'liquid capture', 'liquid', 'capture', 'dlc share', 'dlc'],
  template: ['template', 'model', 'equipment'],
  height: ['height', 'h'],
  width: ['width', 'w'],
  depth: ['depth', 'd'],
  airflow: ['airflow', 'air flow', 'cfm', 'cfm/kw'],
};

/** 3 = exact match, 2 = starts with, 1 = contains as a word, 0 = none. */
function score(words: string, syn: string): number {
  if (words === syn) return 3;
  if (words.startsWith(`${syn} `)) return 2;
  return new RegExp(`(^|\\s)${syn.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(\\s|$)`).test(words) ? 1 : 0;
}

/** Best guess of which column feeds which field (each column used once; the user can change it). */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const parts = headers.map(splitHeader);
  const candidates: { field: CsvField; column: number; s: number }[] = [];
  for (const field of CSV_FIELDS) {
    SYNONYMS[field].forEach((syn, rank) => {
      parts.forEach((p, column) => {
        const s = score(p.words, syn);
        if (s > 0) candidates.push({ field, column, s: s * 100 - rank });
      });
    });
  }
  candidates.sort((a, b) => b.s - a.s || a.column - b.column);
  const mapping: CsvMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] || used.has(c.column)) continue;
    mapping[c.field] = { column: c.column, unit: parts[c.column].unit };
    used.add(c.column);
  }
  return mapping;
}
