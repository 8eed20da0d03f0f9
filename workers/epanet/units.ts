// EPANET unit systems and conversion factors (types.h, input1.c initunits()): file units ↔ SI.
// US flow units → ft and psi; SI flow units → m and m (pressure as metres of head). EPANET's own
// constants are used (1 cfs = 0.028317 m³/s, 1 ft = 0.3048 m, 1 ft water = 0.4333 psi) so that
// round trips match EPANET's reported numbers.

import { CMS_PER_CFS, M_PER_FT, PSI_PER_FT } from '../hydraulics';

export type FlowUnits = 'CFS' | 'GPM' | 'MGD' | 'IMGD' | 'AFD' | 'LPS' | 'LPM' | 'MLD' | 'CMH' | 'CMD' | 'CMS';
export type PressureUnits = 'PSI' | 'KPA' | 'METERS' | 'BAR' | 'FEET';

/** Flow units per cfs (EPANET types.h). */
export const FLOW_PER_CFS: Record<FlowUnits, number> = {
  CFS: 1.0, GPM: 448.831, MGD: 0.64632, IMGD: 0.5382, AFD: 1.9837,
  LPS: 28.317, LPM: 1699.0, MLD: 2.4466, CMH: 101.94, CMD: 2446.6, CMS: 0.028317,
};

const SI_FLOWS: readonly FlowUnits[] = ['LPS', 'LPM', 'MLD', 'CMH', 'CMD', 'CMS'];

export class UnitSystem {
  readonly si: boolean;
  readonly flowUnits: FlowUnits;
  readonly pressureUnits: PressureUnits;
  readonly specificGravity: number;

  constructor(flowUnits: FlowUnits, pressureUnits: PressureUnits | null, specificGravity: number) {
    this.flowUnits = flowUnits;
    this.si = SI_FLOWS.includes(flowUnits);
    this.pressureUnits = pressureUnits ?? (this.si ? 'METERS' : 'PSI');
    this.specificGravity = specificGravity;
  }

  /** File flow → m³/s. */
  flow(v: number): number { return (v / FLOW_PER_CFS[this.flowUnits]) * CMS_PER_CFS; }
  /** m³/s → file flow. */
  flowOut(v: number): number { return (v / CMS_PER_CFS) * FLOW_PER_CFS[this.flowUnits]; }
  /** File length, elevation or head (ft or m) → m. */
  length(v: number): number { return this.si ? v : v * M_PER_FT; }
  lengthOut(v: number): number { return this.si ? v : v / M_PER_FT; }
  /** File diameter (in or mm) → m. */
  diameter(v: number): number { return this.si ? v / 1000 : (v / 12) * M_PER_FT; }
  /** D-W roughness (millifeet or mm) → m. */
  roughnessDW(v: number): number { return this.si ? v / 1000 : (v / 1000) * M_PER_FT; }
  /** Pressure per ft of head in the file's pressure units (EPANET Ucf[PRESSURE]). */
  get pressurePerFt(): number {
    const sg = this.specificGravity;
    switch (this.pressureUnits) {
      case 'METERS': return M_PER_FT;
      case 'KPA': return 6.895 * PSI_PER_FT * sg;
      case 'BAR': return 0.068948 * PSI_PER_FT * sg;
      case 'FEET': return 1.0;
      default: return PSI_PER_FT * sg;
    }
  }
  /** File pressure → metres of head. */
  pressure(v: number): number { return (v / this.pressurePerFt) * M_PER_FT; }
  /** Metres of head → reported pressure: psi (US) or m (SI), EPANET's defaults, whatever PRESSURE says. */
  pressureOut(v: number): number { return this.si ? v : (v / M_PER_FT) * PSI_PER_FT * this.specificGravity; }
  /** Pump power (hp or kW) → W. */
  power(v: number): number { return this.si ? v * 1000 : v * 745.7; }
  /** Emitter coefficient (flow/pressureᵞ in file units) → SI (m³/s per mᵞ); EPANET convertunits(). */
  emitter(c: number, gamma: number): number {
    const ecf = this.si ? M_PER_FT : PSI_PER_FT * this.specificGravity;
    return ((c * CMS_PER_CFS) / FLOW_PER_CFS[this.flowUnits]) * Math.pow(ecf / M_PER_FT, gamma);
  }
  get headLabel(): 'm' | 'ft' { return this.si ? 'm' : 'ft'; }
  get pressureLabel(): 'm' | 'psi' { return this.si ? 'm' : 'psi'; }
}
