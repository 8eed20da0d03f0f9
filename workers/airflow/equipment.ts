// Air-side figures of hall equipment: rack air heat and IT airflow, perforated-tile loss coefficient,
// containment leakage conductance. SI units (W, m³/s, Pa).
import type { RackT } from '../model/schema';
import { AIR_CP, AIR_DENSITY } from './constants';

/** Air-side heat of a rack before any rear door: itLoad × (1 − liquidCaptureFraction), W (schema.ts). */
export function rackAirHeat(r: RackT, loadFactor = 1): number {
  return r.itLoad * loadFactor * (1 - r.liquidCaptureFraction);
}

/**
 * IT airflow of a rack, m³/s: per-power spec × air heat, or air heat / (ρ·cp·ΔT) for a ΔT spec — the same
 * rule as the heat-load summary (workers/loads/summary.ts), ρ at 25 °C [REFERENCE.md §3, §4].
 */
export function rackAirflow(r: RackT, loadFactor = 1): number {
  const q = rackAirHeat(r, loadFactor);
  return r.airflow.spec === 'perPower' ? r.airflow.value * q : q / (AIR_DENSITY * AIR_CP * r.airflow.value);
}

/**
 * Loss coefficient K of a perforated tile with open-area ratio f, on the tile's gross-area velocity:
 * ΔP = K·½ρv². Thin sharp-edged perforated plate, Idelchik, Handbook of Hydraulic Resistance (3rd ed.),
 * Diagram 8-1: K = (1 + 0.707·√(1 − f) − f)² / f². 25 % open: K ≈ 29.7, i.e. ≈ 5.5 Pa at 0.2 m³/s per
 * 0.36 m² tile, in line with published 25 % tile curves (≈ 5–12 Pa at 400–500 CFM). [not yet in REFERENCE.md]
 */
export function tileLossCoefficient(f: number): number {
  const open = Math.min(0.99, Math.max(0.01, f));
  const a = 1 + 0.707 * Math.sqrt(1 - open) - open;
  return (a * a) / (open * open);
}

/**
 * Linear leakage conductance κ (m/(s·Pa)) of containment panels: the given share of the aisle airflow
 * leaks through the panel area at a pressure difference of LEAK_REFERENCE_DP.
 */
export function leakConductance(share: number, aisleFlow: number, panelArea: number): number {
  return (Math.max(share, MIN_LEAKAGE) * Math.max(aisleFlow, 1e-3)) / (Math.max(panelArea, 1e-3) * LEAK_REFERENCE_DP);
}

/** Pressure difference at which the document's containment leakage share applies, Pa. Assumption (chosen):
 *  contained aisles are run at a few pascals (1–5 Pa) of differential pressure in practice. */
export const LEAK_REFERENCE_DP = 2;
/** Floor on leakage so an airtight aisle still has a pressure path (chosen: 0.5 %, below any real panel). */
export const MIN_LEAKAGE = 0.005;
