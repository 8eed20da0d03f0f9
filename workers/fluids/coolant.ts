// Coolant properties (water, PG25, EG25) as functions of temperature (°C) from the REFERENCE.md §4
// tables: ρ, cp, k by monotone cubic interpolation, μ log-linear. Outside the 10–60 °C table the values
// are held at the nearest end and `clamped` is set: no extrapolation (the solvers report it).
// Units: ρ kg/m³, cp J/(kg·K), μ Pa·s, k W/(m·K), flow per power m³/s per W.
import type { Coolant } from '../model/schema';
import { COOLANT_TABLES, FREEZING_POINT, type PropertyTable } from './tables';
import { logLinear, pchip, pchipSlopes } from './interpolate';

export interface CoolantProperties {
  /** Temperature the properties are for, °C (the clamped value when `clamped`). */
  T: number;
  rho: number;
  cp: number;
  /** Dynamic viscosity, Pa·s. */
  mu: number;
  k: number;
  /** True when the requested temperature was outside the table (10–60 °C) and was clamped. */
  clamped: boolean;
}

interface Prepared { table: PropertyTable; dRho: number[]; dCp: number[]; dK: number[] }

function prepare(table: PropertyTable): Prepared {
  return { table, dRho: pchipSlopes(table.T, table.rho), dCp: pchipSlopes(table.T, table.cp), dK: pchipSlopes(table.T, table.k) };
}

const PREPARED: Readonly<Record<Coolant, Prepared>> = Object.freeze({
  PG25: prepare(COOLANT_TABLES.PG25),
  EG25: prepare(COOLANT_TABLES.EG25),
  water: prepare(COOLANT_TABLES.water),
});

/** Table range, °C [REFERENCE.md §4]. */
export const COOLANT_T_MIN = 10;
export const COOLANT_T_MAX = 60;

export function coolantProperties(coolant: Coolant, T: number): CoolantProperties {
  const p = PREPARED[coolant];
  const t = Number.isNaN(T) ? COOLANT_T_MIN : Math.min(COOLANT_T_MAX, Math.max(COOLANT_T_MIN, T));
  const { table } = p;
  return {
    T: t,
    rho: pchip(table.T, table.rho, p.dRho, t),
    cp: pchip(table.T, table.cp, p.dCp, t),
    mu: logLinear(table.T, table.mu, t) * 1e-3, // mPa·s → Pa·s
    k: pchip(table.T, table.k, p.dK, t),
    clamped: t !== T,
  };
}

/** Volume flow per unit heat, m³/s per W, for a temperature rise ΔT (K): 1/(ρ·cp·ΔT) at T. */
export function flowPerPower(coolant: Coolant, T: number, deltaT: number): number {
  const { rho, cp } = coolantProperties(coolant, T);
  return 1 / (rho * cp * deltaT);
}

export function freezingPoint(coolant: Coolant): number {
  return FREEZING_POINT[coolant];
}
