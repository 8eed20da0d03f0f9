// The report as data (no DOM): sections of blocks — paragraphs, key/value lists, tables with typed
// columns (quantity kinds, values kept in SI so tests can compare them with the results they came from),
// figures described as data (plan drawing, heatmap slices as small RGB grids, line charts) and warnings.
// html.ts renders it; the same model could feed another renderer. Units: SI values + the document's
// unit system; formatting to display units happens at render time (workers/units).
import type { QuantityKind } from '../model/quantity';
import type { UnitSystem } from '../units';

export type PageSize = 'A4' | 'Letter';

/** A column's kind: a quantity (SI value, formatted per unit system), text, or a pass/fail status. */
export type ColumnKind = { quantity: QuantityKind; digits?: number } | 'text' | 'status';

export interface Column { key: string; title: string; kind: ColumnKind }

/** A number whose quantity kind differs row by row (margins of different checks). */
export interface QuantityCell { si: number; quantity: QuantityKind }

/** A cell: SI number, text, a typed number, or null (shown as "–"). Status cells hold 'pass' | 'fail' | 'incomplete' | text. */
export type Cell = number | string | QuantityCell | null;

export interface Table {
  type: 'table';
  id: string;
  caption: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** Optional note under the table. */
  note?: string;
}

export interface Paragraph { type: 'paragraph'; text: string }

export interface KeyValues { type: 'keyValues'; items: { label: string; value: string }[] }

export interface WarningList { type: 'warnings'; items: { severity: 'warning' | 'info'; source: string; text: string }[] }

export interface BulletList { type: 'list'; items: string[] }

/** Plan drawing: hall outline, racks (rotated rectangles) coloured by verdict, cooling units, CDUs. */
export interface PlanShape { id: string; label: string; corners: [number, number][]; fill: string; kind: 'rack' | 'unit' | 'cdu' | 'containment' | 'column' }
export interface PlanFigure { type: 'plan'; length: number; width: number; shapes: PlanShape[]; legend: { label: string; color: string }[] }

/** One horizontal slice of the air temperature: RGB bytes, row 0 at the low-y edge, plus what no-data cells are. */
export interface HeatmapSlice { height: number; nx: number; ny: number; rgb: Uint8Array; min: number; max: number; label: string }
export interface HeatmapFigure {
  type: 'heatmap';
  /** Plan extent the grids cover, m. */
  x0: number; y0: number; length: number; width: number;
  slices: HeatmapSlice[];
  /** Legend: ticks in SI °C over [min, max]; colour stops as hex. */
  legend: { min: number; max: number; ticks: number[]; stops: string[]; quantity: QuantityKind };
  /** Rack outlines drawn over the slices. */
  outlines: [number, number][][];
}

export interface Series { label: string; color: string; points: [number, number][]; dashed?: boolean; marker?: boolean; noLegend?: boolean; /** Smaller markers (computed points on a line). */ small?: boolean }
export interface ChartFigure {
  type: 'chart';
  x: { title: string; quantity: QuantityKind | null };
  y: { title: string; quantity: QuantityKind | null };
  series: Series[];
  /** Horizontal limit lines (SI). */
  limits?: { value: number; label: string }[];
}

/** A raster image (PNG bytes) with its pixel size, e.g. a 3D view captured from a saved viewpoint. */
export interface ImageFigure { type: 'image'; png: Uint8Array; width: number; height: number }

export type FigureBody = PlanFigure | HeatmapFigure | ChartFigure | ImageFigure;
export interface Figure { type: 'figure'; id: string; caption: string; body: FigureBody; wide?: boolean }

export type Block = Paragraph | KeyValues | Table | Figure | WarningList | BulletList;

export type SectionId =
  | 'cover' | 'summary' | 'criteria' | 'hall' | 'air' | 'liquid' | 'redundancy' | 'scenarios' | 'transients'
  | 'sufficiency' | 'assumptions' | 'methods' | 'warnings' | 'appendix';

export interface Section { id: SectionId; title: string; blocks: Block[] }

export interface ReportMeta {
  project: string; client: string; author: string; revision: string; date: string; notes: string;
  pageSize: PageSize; unitSystem: UnitSystem;
}

export interface ReportModel { meta: ReportMeta; sections: Section[] }
