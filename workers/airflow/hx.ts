// Heat-exchanger effectiveness by ε-NTU (REFERENCE.md §6, from CalebBell/ht hx.py), used for rear-door
// coils: Q = ε·Cmin·(T_air,in − T_water,in). Capacity rates C in W/K, UA in W/K.

export type HxArrangement = 'counterflow' | 'parallel' | 'crossflowUnmixed';

/** Effectiveness for NTU ≥ 0 and Cr = Cmin/Cmax ∈ [0, 1] [REFERENCE.md §6]. */
export function effectiveness(ntu: number, cr: number, arrangement: HxArrangement): number {
  if (!(ntu > 0)) return 0;
  if (cr <= 0) return 1 - Math.exp(-ntu);
  switch (arrangement) {
    case 'counterflow':
      if (Math.abs(1 - cr) < 1e-9) return ntu / (1 + ntu);
      return (1 - Math.exp(-ntu * (1 - cr))) / (1 - cr * Math.exp(-ntu * (1 - cr)));
    case 'parallel':
      return (1 - Math.exp(-ntu * (1 + cr))) / (1 + cr);
    case 'crossflowUnmixed':
      return 1 - Math.exp((1 / cr) * Math.pow(ntu, 0.22) * (Math.exp(-cr * Math.pow(ntu, 0.78)) - 1));
  }
}

/**
 * Heat a rear door removes from air at tAirIn with capacity rate cAir, water at tWaterIn with cWater, W.
 * A door coil is a finned-tube crossflow exchanger: the both-unmixed correlation [REFERENCE.md §6].
 */
export function rearDoorHeat(ua: number, cAir: number, tAirIn: number, cWater: number, tWaterIn: number): number {
  if (!(ua > 0) || !(cAir > 0) || !(cWater > 0)) return 0;
  const cMin = Math.min(cAir, cWater);
  const cMax = Math.max(cAir, cWater);
  const eps = effectiveness(ua / cMin, cMin / cMax, 'crossflowUnmixed');
  return eps * cMin * (tAirIn - tWaterIn);
}
