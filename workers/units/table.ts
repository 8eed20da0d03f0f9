// The one conversion table between SI (the document) and display units, per quantity kind and unit
// system. Linear: display = si · factor + offset. Factors come from the private mathjs instance
// (math.ts) except where mathjs cannot express them: temperature differences (1 K = 9/5 °F, exact by
// the definition of the degree Fahrenheit), percentages and valve coefficients (Cv = 1.156·Kv,
// REFERENCE.md §2).
import type { QuantityKind } from '../model/quantity';
import { math } from './math';

export type UnitSystem = 'SI' | 'IP';

export interface DisplayUnit {
  /** Label shown to the user, e.g. "kW", "°F", "L/min/kW". */
  label: string;
  /** The same unit in mathjs syntax, or null where mathjs is not used (deltas, %, Kv/Cv, counts). */
  mathUnit: string | null;
  factor: number;
  offset: number;
}

/** SI unit of each kind in mathjs syntax (what document values are in), or null for special kinds. */
export const SI_MATH_UNIT: Readonly<Record<QuantityKind, string | null>> = {
  length: 'm', area: 'm^2', temperature: 'degC', temperatureDelta: null, power: 'W', airflow: 'm^3/s',
  liquidFlow: 'm^3/s', airflowPerPower: 'm^3/s/W', liquidFlowPerPower: 'm^3/s/W', pressure: 'Pa', head: 'Pa',
  velocity: 'm/s', fraction: null, angle: 'deg', thermalResistance: 'K/W', time: 's', volume: 'm^3',
  conductance: 'W/K', flowCoefficient: null, count: null, ratio: null,
};

type Spec = [label: string, mathUnit: string | null] | [label: string, mathUnit: null, factor: number];

/** 1 K of difference in °F: the Fahrenheit degree is 5/9 K (exact). */
const F_PER_K = 9 / 5;
/** Cv = 1.156 · Kv (REFERENCE.md §2). */
const CV_PER_KV = 1.156;

const SPECS: Record<QuantityKind, Record<UnitSystem, Spec>> = {
  length: { SI: ['m', 'm'], IP: ['ft', 'ft'] },
  area: { SI: ['m²', 'm^2'], IP: ['ft²', 'ft^2'] },
  temperature: { SI: ['°C', 'degC'], IP: ['°F', 'degF'] },
  temperatureDelta: { SI: ['K', null, 1], IP: ['°F', null, F_PER_K] },
  power: { SI: ['kW', 'kW'], IP: ['BTU/h', 'BTU/h'] },
  airflow: { SI: ['m³/s', 'm^3/s'], IP: ['CFM', 'CFM'] },
  liquidFlow: { SI: ['L/min', 'L/minute'], IP: ['GPM', 'GPM'] },
  airflowPerPower: { SI: ['L/s/kW', 'L/s/kW'], IP: ['CFM/kW', 'CFM/kW'] },
  liquidFlowPerPower: { SI: ['L/min/kW', 'L/minute/kW'], IP: ['GPM/kW', 'GPM/kW'] },
  pressure: { SI: ['kPa', 'kPa'], IP: ['psi', 'psi'] },
  head: { SI: ['kPa', 'kPa'], IP: ['ftH2O', 'ftH2O'] },
  velocity: { SI: ['m/s', 'm/s'], IP: ['ft/s', 'ft/s'] },
  fraction: { SI: ['%', null, 100], IP: ['%', null, 100] },
  angle: { SI: ['°', 'deg'], IP: ['°', 'deg'] },
  thermalResistance: { SI: ['K/W', 'K/W'], IP: ['h·°F/BTU', 'h*degF/BTU'] },
  time: { SI: ['s', 's'], IP: ['s', 's'] },
  volume: { SI: ['L', 'L'], IP: ['gal', 'gal'] },
  conductance: { SI: ['W/K', 'W/K'], IP: ['BTU/h·°F', 'BTU/(h*degF)'] },
  flowCoefficient: { SI: ['Kv', null, 1], IP: ['Cv', null, CV_PER_KV] },
  count: { SI: ['', null, 1], IP: ['', null, 1] },
  ratio: { SI: ['', null, 1], IP: ['', null, 1] },
};

function resolve(kind: QuantityKind, spec: Spec): DisplayUnit {
  const [label, mathUnit] = spec;
  const si = SI_MATH_UNIT[kind];
  if (mathUnit === null || si === null) return { label, mathUnit: null, factor: spec.length === 3 ? spec[2] : 1, offset: 0 };
  // two points give factor and offset (offset ≠ 0 only for °C → °F)
  const at0 = math.unit(0, si).toNumber(mathUnit);
  const at1 = math.unit(1, si).toNumber(mathUnit);
  return { label, mathUnit, factor: at1 - at0, offset: at0 };
}

function buildTable(): Readonly<Record<QuantityKind, Readonly<Record<UnitSystem, DisplayUnit>>>> {
  const out = {} as Record<QuantityKind, Record<UnitSystem, DisplayUnit>>;
  for (const kind of Object.keys(SPECS) as QuantityKind[]) {
    out[kind] = { SI: Object.freeze(resolve(kind, SPECS[kind].SI)), IP: Object.freeze(resolve(kind, SPECS[kind].IP)) };
  }
  return Object.freeze(out);
}

export const UNIT_TABLE = buildTable();

export function displayUnit(kind: QuantityKind, system: UnitSystem): string {
  return UNIT_TABLE[kind][system].label;
}

export function toDisplay(si: number, kind: QuantityKind, system: UnitSystem): number {
  const u = UNIT_TABLE[kind][system];
  return si * u.factor + u.offset;
}

export function fromDisplay(value: number, kind: QuantityKind, system: UnitSystem): number {
  const u = UNIT_TABLE[kind][system];
  return (value - u.offset) / u.factor;
}
