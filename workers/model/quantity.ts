// Quantity kinds of the hall document. Every numeric field declares one; values are stored in SI
// (temperatures in °C, temperature differences in K — the SI-accepted units engineers read).
// The UI and the report format a field through its kind (workers/units/format.ts).
import { z } from 'zod';

export const QUANTITY_KINDS = [
  'length',            // m
  'area',              // m²
  'temperature',       // °C
  'temperatureDelta',  // K
  'power',             // W
  'airflow',           // m³/s (air volume flow)
  'liquidFlow',        // m³/s (coolant volume flow; shown as L/min or GPM)
  'airflowPerPower',   // m³/s per W (shown as CFM/kW)
  'liquidFlowPerPower',// m³/s per W (shown as L/min/kW or GPM/kW)
  'pressure',          // Pa (shown as kPa / psi)
  'head',              // Pa of pressure rise or loss (shown as kPa / psi / ft of water)
  'velocity',          // m/s
  'fraction',          // 0..1 (shown as %)
  'angle',             // degrees (plan rotation, counter-clockwise seen from above)
  'thermalResistance', // K/W
  'time',              // s
  'volume',            // m³ (shown as L / gal)
  'conductance',       // W/K (UA of a heat exchanger)
  'flowCoefficient',   // Kv, m³/h at 1 bar (Cv = 1.156·Kv, REFERENCE.md §2)
  'count',             // dimensionless integer
  'ratio',             // dimensionless real
] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

export interface QuantityMeta {
  quantity: QuantityKind;
  title?: string;
  /** Citation of the default or range, e.g. "ASHRAE TC9.9 2021 Table 2.1 [REFERENCE.md §1]". */
  source?: string;
  /** True where the default is an unverified assumption ([U] in REFERENCE.md): the UI labels it. */
  assumption?: boolean;
}

/** A finite number of the given kind within [min, max], carrying its kind as schema metadata. */
export function quantity(kind: QuantityKind, min: number, max: number, meta: Omit<QuantityMeta, 'quantity'> = {}) {
  // zod 4 rejects NaN and ±Infinity for z.number().
  return z
    .number({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a finite number') })
    .min(min, { error: `must be ≥ ${min} (${kind}, SI)` })
    .max(max, { error: `must be ≤ ${max} (${kind}, SI)` })
    .meta({ ...meta, quantity: kind });
}

export function integer(min: number, max: number, meta: Omit<QuantityMeta, 'quantity'> = {}) {
  return z
    .number({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a finite number') })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be ≥ ${min}` })
    .max(max, { error: `must be ≤ ${max}` })
    .meta({ ...meta, quantity: 'count' });
}
