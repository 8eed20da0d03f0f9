// Small builders shared by the report sections: blocks, verdict colours (Okabe–Ito), display formatting
// for sentences (tables keep SI values and are formatted by the renderer).
import type { QuantityKind } from '../model/quantity';
import { formatQuantity, type UnitSystem } from '../units';
import { okabeIto } from '../colormap';
import type { Block, Cell, Column, ColumnKind, Paragraph, Table } from './model';

export const q = (quantity: QuantityKind, digits?: number): ColumnKind => (digits === undefined ? { quantity } : { quantity, digits });
export const col = (key: string, title: string, kind: ColumnKind = 'text'): Column => ({ key, title, kind });
export const para = (text: string): Paragraph => ({ type: 'paragraph', text });

export function table(id: string, caption: string, columns: Column[], rows: Record<string, Cell>[], note?: string): Table {
  return note === undefined ? { type: 'table', id, caption, columns, rows } : { type: 'table', id, caption, columns, rows, note };
}

/** Verdict colours (Okabe–Ito, colour-blind safe): pass bluish green, fail vermillion, incomplete orange. */
export const STATUS_COLOR: Readonly<Record<'pass' | 'fail' | 'incomplete', string>> = {
  pass: okabeIto('bluish green').hex,
  fail: okabeIto('vermillion').hex,
  incomplete: okabeIto('orange').hex,
};
export const NEUTRAL = '#c8ccd2';

/** A formatter for sentences in the document's unit system ("–" for null). */
export function formatter(system: UnitSystem): (si: number | null | undefined, kind: QuantityKind, digits?: number) => string {
  return (si, kind, digits) => (si === null || si === undefined || !Number.isFinite(si) ? '–' : formatQuantity(si, kind, system, digits === undefined ? {} : { digits }));
}

export const pct = (x: number | null | undefined, digits = 0): string => (x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(digits).replace(/^-(0\.?0*)$/, '$1')} %`);

/** The quantity kind of a check's margin: temperatures have temperature-difference margins. */
export function marginKind(kind: QuantityKind): QuantityKind {
  return kind === 'temperature' ? 'temperatureDelta' : kind;
}

/** Drops empty blocks (tables without rows) so a section never shows an empty frame. */
export function nonEmpty(blocks: (Block | null | undefined | false)[]): Block[] {
  return blocks.filter((b): b is Block => !!b && !(b.type === 'table' && b.rows.length === 0));
}
