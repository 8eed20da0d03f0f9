// Air as an ideal gas [REFERENCE.md §4]: ρ = p / (R·T), R = 287.05 J/(kg·K), cp ≈ 1006 J/(kg·K).
// Temperatures °C, pressure Pa, airflow m³/s, heat W.

/** Specific gas constant of dry air, J/(kg·K) [REFERENCE.md §4]. */
export const AIR_R = 287.05;
/** Specific heat of air, J/(kg·K) [REFERENCE.md §4]. */
export const AIR_CP = 1006;
/** Standard atmosphere, Pa (ISO 2533). */
export const P_ATM = 101325;
/** 0 °C in kelvin. */
export const ZERO_CELSIUS = 273.15;

export function airDensity(T: number, p: number = P_ATM): number {
  return p / (AIR_R * (T + ZERO_CELSIUS));
}

/** Volumetric heat capacity ρ·cp, J/(m³·K). */
export function airVolumetricHeatCapacity(T: number, p: number = P_ATM): number {
  return airDensity(T, p) * AIR_CP;
}

/** Airflow (m³/s) that carries heat Q (W) at a temperature rise ΔT (K): Q = ρ·cp·V·ΔT. */
export function airflowForHeat(Q: number, deltaT: number, T = 25, p: number = P_ATM): number {
  return Q / (airVolumetricHeatCapacity(T, p) * deltaT);
}
