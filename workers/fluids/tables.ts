// Coolant property tables: CoolProp 8.0.0 at p = 2 bar, mass fractions (Melinder 2010) for the glycols
// [REFERENCE.md §4, tag C]. Temperatures °C; ρ kg/m³, cp J/(kg·K), μ mPa·s (converted to Pa·s by the
// caller), k W/(m·K). Freezing points from the same section.
import type { Coolant } from '../model/schema';

export interface PropertyTable {
  /** Table temperatures, °C, ascending and evenly spaced. */
  T: readonly number[];
  rho: readonly number[];
  cp: readonly number[];
  /** Dynamic viscosity, mPa·s. */
  mu: readonly number[];
  k: readonly number[];
}

const T = [10, 20, 30, 40, 50, 60] as const;

export const COOLANT_TABLES: Readonly<Record<Coolant, PropertyTable>> = Object.freeze({
  // REFERENCE.md §4 PG25 (CoolProp 8.0.0)
  PG25: {
    T,
    rho: [1022.94, 1019.28, 1014.90, 1009.91, 1004.38, 998.40],
    cp: [3896, 3921, 3945, 3969, 3992, 4016],
    mu: [3.558, 2.445, 1.776, 1.353, 1.073, 0.878],
    k: [0.4587, 0.4679, 0.4769, 0.4858, 0.4946, 0.5032],
  },
  // REFERENCE.md §4 EG25 (CoolProp 8.0.0)
  EG25: {
    T,
    rho: [1034.36, 1031.05, 1027.10, 1022.55, 1017.43, 1011.77],
    cp: [3787, 3811, 3834, 3857, 3880, 3902],
    mu: [2.593, 1.899, 1.447, 1.142, 0.929, 0.777],
    k: [0.4755, 0.4859, 0.4959, 0.5056, 0.5149, 0.5238],
  },
  // REFERENCE.md §4 water (CoolProp 8.0.0)
  water: {
    T,
    rho: [999.75, 998.25, 995.69, 992.26, 988.08, 983.24],
    cp: [4195, 4184, 4180, 4179, 4181, 4185],
    mu: [1.306, 1.002, 0.797, 0.653, 0.547, 0.466],
    k: [0.5788, 0.5981, 0.6144, 0.6285, 0.6407, 0.6511],
  },
});

/** Freezing points, °C: PG25 −9.8, EG25 −11.0 [REFERENCE.md §4]; water 0 °C. */
export const FREEZING_POINT: Readonly<Record<Coolant, number>> = Object.freeze({ PG25: -9.8, EG25: -11.0, water: 0 });
