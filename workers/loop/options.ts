// Options of a loop solve: scenario inputs (failed equipment, load factor, weather), per-component
// overrides (the document's loopOverrides, then LoopSolveOptions.overrides on top, field by field) and
// iteration controls.
import type { HallDocument } from '../model/schema';

/** Partial parameters of one component, keyed by its id in LoopSolveOptions.overrides. SI units. */
export interface ComponentOverride {
  /** Pipes and hoses. */
  length?: number;
  diameter?: number;
  roughness?: number;
  minorLoss?: number;
  /** Power-law components (cold plate, HX passes, strainer, plant cooler): ΔP (Pa) at designFlow (m³/s), exponent. */
  designPressureDrop?: number;
  designFlow?: number;
  exponent?: number;
  /** Quick disconnects and the 3-way valve: Kv, m³/h at 1 bar. */
  kv?: number;
  /** Balancing valve: loss coefficient K (EPANET TCV setting). */
  setting?: number;
  /** Any link. */
  status?: 'open' | 'closed';
  /** Pumps: rated flow m³/s, rated head Pa, relative speed. */
  ratedFlow?: number;
  ratedHead?: number;
  speed?: number;
  /** The CDU heat exchanger ("<cduId>/hx"): UA, W/K. */
  ua?: number;
}

export interface LoopSolveOptions {
  /**
   * componentId → partial parameters, applied on top of the document's loopOverrides (per field).
   * Ids are the link ids of LoopResult.pipes, plus "<cduId>/hx".
   */
  readonly overrides?: Readonly<Record<string, ComponentOverride>>;
  /** Apply a scenario of the document (failed equipment, load factor, weather). */
  readonly scenarioId?: string;
  /** Failed equipment: CDU ids, "<cduId>/pump<n>", "plant/pump<n>". Added to the scenario's list. */
  readonly failed?: readonly string[];
  readonly loadFactor?: number;
  readonly ambientDryBulb?: number;
  readonly facilitySupplyTemp?: number;
  /** CDUs hold their TCS supply setpoint with the primary 3-way valve (default true). */
  readonly controlSupply?: boolean;
  readonly maxOuterIterations?: number;
}

export interface LoopProgress {
  readonly stage: 'build' | 'solve' | 'results';
  readonly fraction: number;
  readonly message: string;
}

export interface ResolvedInputs {
  readonly failed: ReadonlySet<string>;
  readonly loadFactor: number;
  readonly ambientDryBulb: number;
  readonly facilitySupplyTemp: number | null;
  readonly controlSupply: boolean;
  readonly maxOuterIterations: number;
  readonly overrides: Readonly<Record<string, ComponentOverride>>;
}

/** Merge the scenario (if any) and explicit options; unknown scenario ids come back as an error string. */
export function resolveInputs(doc: HallDocument, o: LoopSolveOptions, maxOuter: number): ResolvedInputs | string {
  const sc = o.scenarioId === undefined ? null : doc.scenarios.find((s) => s.id === o.scenarioId) ?? null;
  if (o.scenarioId !== undefined && sc === null) return `scenario ${o.scenarioId} does not exist in the document`;
  const failed = new Set<string>([...(sc?.failed ?? []), ...(o.failed ?? [])]);
  return {
    failed,
    loadFactor: o.loadFactor ?? sc?.loadFactor ?? 1,
    ambientDryBulb: o.ambientDryBulb ?? sc?.ambientDryBulb ?? doc.plant.ambientDryBulb,
    facilitySupplyTemp: o.facilitySupplyTemp ?? sc?.facilitySupplyTemp ?? null,
    controlSupply: o.controlSupply ?? true,
    maxOuterIterations: o.maxOuterIterations ?? maxOuter,
    overrides: mergedOverrides(doc, o.overrides),
  };
}

const OVERRIDE_FIELDS = [
  'length', 'diameter', 'roughness', 'minorLoss', 'designPressureDrop', 'designFlow', 'exponent', 'kv', 'setting',
  'status', 'ratedFlow', 'ratedHead', 'speed', 'ua',
] as const satisfies readonly (keyof ComponentOverride)[];

/** The document's loopOverrides (later entries for the same id win, field by field), then the options'. */
export function mergedOverrides(doc: HallDocument, extra: LoopSolveOptions['overrides']): Readonly<Record<string, ComponentOverride>> {
  const list = doc.loopOverrides ?? [];
  if (list.length === 0) return extra ?? {};
  const out: Record<string, ComponentOverride> = {};
  for (const entry of list) {
    const o: Record<string, unknown> = { ...out[entry.elementId] };
    for (const f of OVERRIDE_FIELDS) if (entry[f] !== undefined) o[f] = entry[f];
    out[entry.elementId] = o as ComponentOverride;
  }
  for (const [id, o] of Object.entries(extra ?? {})) out[id] = { ...out[id], ...o };
  return out;
}
