// Facility water supply temperature from the heat-rejection plant, and pump power at an operating
// point. Plant: chiller → its supply setpoint; dry cooler → max(setpoint, ambient dry bulb +
// approach); tower → max(setpoint, wet bulb + approach) (approach to ambient, REFERENCE.md §3:
// dry cooler 5 K, NVIDIA DSX). A scenario may fix the FWS supply directly.
import type { PlantT } from '../model/schema';

export function facilitySupplyTemperature(plant: PlantT, ambientDryBulb: number, fixed: number | null): number {
  if (fixed !== null) return fixed;
  switch (plant.kind) {
    case 'chiller': return plant.supplyTemp;
    case 'dryCooler': return Math.max(plant.supplyTemp, ambientDryBulb + plant.approach);
    case 'tower': return Math.max(plant.supplyTemp, plant.ambientWetBulb + plant.approach);
  }
}

/**
 * Shaft power of a pump at (Q m³/s, ΔP Pa) with the efficiency of its rated point,
 * η = Q_r·ΔP_r / P_r (P ∝ Q·H/η, affinity laws REFERENCE.md §5). 0 when the rating has no power.
 */
export function pumpPower(flow: number, dp: number, ratedFlow: number, ratedHead: number, ratedPower: number): { power: number; efficiency: number } {
  if (!(ratedPower > 0) || !(ratedFlow > 0) || !(ratedHead > 0)) return { power: 0, efficiency: 0 };
  const eta = Math.min(1, (ratedFlow * ratedHead) / ratedPower);
  return { power: Math.max(0, flow * dp) / eta, efficiency: eta };
}
