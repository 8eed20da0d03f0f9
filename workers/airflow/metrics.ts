// Air-side performance metrics (REFERENCE.md §7): Rack Cooling Index (Herrlin, ASHRAE Trans. 111(2) 2005),
// Return Temperature Index, Supply/Return Heat Index (Sharma, Bash & Patel 2002). Temperatures °C.
import type { HallDocument } from '../model/schema';

type AirClass = HallDocument['criteria']['airClass'];

/** Recommended and allowable intake ranges, °C: ASHRAE TC 9.9 2021 Table 2.1 [REFERENCE.md §1].
 *  H1: recommended 18–22 [S], allowable upper 25 [S], lower 5 [U: labelled assumption]. */
export const INTAKE_LIMITS: Record<AirClass, { recMin: number; recMax: number; allMin: number; allMax: number }> = {
  A1: { recMin: 18, recMax: 27, allMin: 15, allMax: 32 },
  A2: { recMin: 18, recMax: 27, allMin: 10, allMax: 35 },
  A3: { recMin: 18, recMax: 27, allMin: 5, allMax: 40 },
  A4: { recMin: 18, recMax: 27, allMin: 5, allMax: 45 },
  H1: { recMin: 18, recMax: 22, allMin: 5, allMax: 25 },
};

/** RCI_HI, %: 100·[1 − Σ_{T>recMax}(T − recMax) / ((allMax − recMax)·n)]. 100 for no intakes. */
export function rciHi(intakes: ArrayLike<number>, cls: AirClass): number {
  const { recMax, allMax } = INTAKE_LIMITS[cls];
  let over = 0;
  for (let i = 0; i < intakes.length; i++) over += Math.max(0, intakes[i] - recMax);
  return intakes.length ? 100 * (1 - over / ((allMax - recMax) * intakes.length)) : 100;
}

/** RCI_LO, %: 100·[1 − Σ_{T<recMin}(recMin − T) / ((recMin − allMin)·n)]. */
export function rciLo(intakes: ArrayLike<number>, cls: AirClass): number {
  const { recMin, allMin } = INTAKE_LIMITS[cls];
  let under = 0;
  for (let i = 0; i < intakes.length; i++) under += Math.max(0, recMin - intakes[i]);
  return intakes.length ? 100 * (1 - under / ((recMin - allMin) * intakes.length)) : 100;
}

/**
 * RTI, %: (T_return − T_supply) / ΔT_equip · 100, with ΔT_equip = ΣP / Σ(P/ΔT) over racks (airflow-weighted).
 * Returns NaN-free 0 when there is no rack heat.
 */
export function rti(returnT: number, supplyT: number, rackHeat: ArrayLike<number>, rackDeltaT: ArrayLike<number>): number {
  let p = 0, pOverDt = 0;
  for (let i = 0; i < rackHeat.length; i++) if (rackHeat[i] > 0 && rackDeltaT[i] > 0) { p += rackHeat[i]; pOverDt += rackHeat[i] / rackDeltaT[i]; }
  if (p <= 0) return 0;
  return (100 * (returnT - supplyT)) / (p / pOverDt);
}

/** SHI = Σ(T_in − T_ref) / Σ(T_out − T_ref), T_ref the cooling supply temperature; RHI = 1 − SHI. */
export function shi(intakes: ArrayLike<number>, exhausts: ArrayLike<number>, supplyT: number): number {
  let num = 0, den = 0;
  for (let i = 0; i < intakes.length; i++) { num += intakes[i] - supplyT; den += exhausts[i] - supplyT; }
  return den > 0 ? num / den : 0;
}
