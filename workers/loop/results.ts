// Result types of a loop solve (SI: m³/s, Pa, W, °C, K, m). Temperatures of parts with no flow or
// no loop are null, never NaN. Pressures are absolute unless named gauge.
import type { QuantityKind } from '../model/quantity';
import type { LinkKind, LoopSide, Vec3 } from './model';

export interface RackLoopFlags {
  /** flowShare ≥ criteria.minFlowShare */
  readonly flowShare: boolean;
  /** flowPerPower ≥ criteria.flowPerPowerMin */
  readonly flowPerPower: boolean;
  /** caseT ≤ max case temperature */
  readonly caseTemp: boolean;
  /** returnT ≤ RETURN_TEMPERATURE_LIMIT */
  readonly returnTemp: boolean;
  readonly all: boolean;
}

export interface RackLoopResult {
  readonly id: string;
  readonly cduId: string | null;
  /** Heat to liquid, W. */
  readonly liquidHeat: number;
  /** liquidHeat × criteria.flowPerPowerTarget, m³/s. */
  readonly designFlow: number;
  /** Delivered cold-plate flow, m³/s. */
  readonly flow: number;
  /** flow / liquidHeat, m³/s per W. */
  readonly flowPerPower: number;
  /** flow / designFlow. */
  readonly flowShare: number;
  /** Supply tap → return tap across the rack branch, Pa. */
  readonly branchPressureDrop: number;
  /** Cold-plate circuit ΔP, Pa. */
  readonly coldPlatePressureDrop: number;
  readonly supplyT: number | null;
  readonly returnT: number | null;
  readonly caseT: number | null;
  /** maxCaseTemp − caseT, K (the rack's coldPlate.maxCaseTemp, capped by criteria.maxCaseTemp). */
  readonly caseMargin: number | null;
  readonly ok: RackLoopFlags;
}

export interface PumpSetResult {
  readonly installed: number;
  readonly standby: number;
  readonly running: number;
  /** Pump ids that failed or were switched off. */
  readonly failed: string[];
  /** Operating point of the set: total flow m³/s, head rise Pa (and m). */
  readonly flow: number;
  readonly head: number;
  readonly headM: number;
  readonly flowPerPump: number;
  /** Shaft power of the running pumps, W. */
  readonly power: number;
  /** Efficiency at the rated point, used at all points. */
  readonly efficiency: number;
}

export interface CduLoopResult {
  readonly id: string;
  readonly online: boolean;
  readonly rackIds: string[];
  /** Σ rack liquid heat, W. */
  readonly load: number;
  readonly capacity: number;
  /** load / capacity */
  readonly utilisation: number;
  /** Heat through the HX, ṁ_s·(h_in − h_out), W. */
  readonly hxHeat: number;
  readonly secondaryFlow: number;
  /** FWS branch flow, m³/s; primaryHxFlow is the share the 3-way valve sends through the HX. */
  readonly primaryFlow: number;
  readonly primaryHxFlow: number;
  readonly valvePosition: number;
  readonly supplyT: number | null;
  readonly returnT: number | null;
  readonly primarySupplyT: number;
  readonly primaryReturnT: number | null;
  /** supplyT − primarySupplyT, K. */
  readonly approach: number | null;
  readonly ua: number;
  readonly effectiveness: number;
  readonly ntu: number;
  readonly setpoint: number;
  /** null when supply control is off. */
  readonly setpointHeld: boolean | null;
  readonly pumps: PumpSetResult;
}

export interface PlantLoopResult {
  readonly supplyT: number;
  readonly returnT: number | null;
  readonly flow: number;
  readonly heatRejected: number;
  /** (units − redundant) × unitCapacity, W. */
  readonly capacity: number;
  readonly pumps: PumpSetResult;
}

export interface PipeLoopResult {
  readonly id: string;
  readonly side: LoopSide;
  readonly kind: LinkKind;
  readonly cduId: string | null;
  readonly rackId: string | null;
  readonly from: string;
  readonly to: string;
  /** Polyline for drawing: plan x, y and z, m. */
  readonly points: readonly Vec3[];
  /** Inside diameter, m (null for components without a bore). */
  readonly diameter: number | null;
  readonly length: number;
  readonly designFlow: number;
  readonly flow: number;
  readonly velocity: number | null;
  readonly reynolds: number | null;
  /** Head loss from → to, m of coolant (negative across a pump). */
  readonly headLoss: number;
  readonly pressureDrop: number;
  /** Mean coolant temperature, °C. */
  readonly temperature: number | null;
  readonly status: 'open' | 'closed';
  /** The solved parameters of a component without a bore (after overrides; null for pipes, which carry
   *  diameter and length): power-law ΔP at design flow (Pa), design flow (m³/s), exponent; Kv (m³/h at
   *  1 bar); balancing-valve loss coefficient; pump rated flow (m³/s), rated head (Pa), relative speed. */
  readonly parameters: ComponentParameters | null;
}

export interface ComponentParameters {
  readonly designPressureDrop?: number; readonly designFlow?: number; readonly exponent?: number;
  readonly kv?: number; readonly setting?: number;
  readonly ratedFlow?: number; readonly ratedHead?: number; readonly speed?: number;
}

export interface NodeLoopResult {
  readonly id: string;
  readonly side: LoopSide;
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly temperature: number | null;
  /** Hydraulic head, m. */
  readonly head: number;
  /** Absolute pressure, Pa. */
  readonly pressure: number;
}

export interface HydraulicSolveRecord {
  readonly side: LoopSide;
  readonly iterations: number;
  readonly relativeError: number;
  readonly converged: boolean;
}

export interface LoopConvergence {
  readonly outerIterations: number;
  readonly converged: boolean;
  /** Largest node temperature change in the last outer iteration, K. */
  readonly temperatureChange: number;
  /** Per outer iteration: hydraulic solves and the temperature change. */
  readonly history: { readonly hydraulics: HydraulicSolveRecord[]; readonly temperatureChange: number }[];
  /** |Σ rack liquid heat − Σ CDU HX heat| / Σ rack liquid heat (served racks). */
  readonly energyBalanceError: number;
  /** |Σ CDU HX heat − Σ ṁ·Δh on the primary| / Σ CDU HX heat. */
  readonly primaryBalanceError: number;
}

export type LoopWarningCode =
  | 'no-loop' | 'cdu-no-pumps' | 'cdu-no-flow' | 'no-primary-flow' | 'primary-starved' | 'cdu-over-capacity' | 'setpoint-not-held'
  | 'velocity' | 'maldistribution' | 'flow-per-power-low' | 'flow-per-power-high' | 'case-temperature'
  | 'return-temperature' | 'facility-supply-above-w-class' | 'pump-off-curve' | 'hydraulic' | 'unknown-override'
  | 'hx-rating' | 'outer-not-converged' | 'plant-over-capacity' | 'idle-cdu';

export interface LoopWarning {
  readonly code: LoopWarningCode;
  readonly severity: 'warning' | 'info';
  readonly elementKind: 'rack' | 'cdu' | 'pipe' | 'pump' | 'plant' | 'node' | 'override';
  readonly elementId: string;
  /** The text in SI units (CLI, report). */
  readonly message: string;
  /**
   * The same text with {0}, {1}, … where `values` go, for display in the project's units
   * (workers/units formatQuantity with each value's quantity kind). Absent when the text has no values.
   */
  readonly template?: string;
  readonly values?: readonly { readonly value: number; readonly quantity: QuantityKind }[];
}

export interface LoopResult {
  readonly ok: true;
  readonly racks: RackLoopResult[];
  readonly cdus: CduLoopResult[];
  readonly plant: PlantLoopResult | null;
  readonly pipes: PipeLoopResult[];
  readonly nodes: NodeLoopResult[];
  readonly convergence: LoopConvergence;
  readonly warnings: LoopWarning[];
  /** Modelling assumptions in force (labelled values without a REFERENCE.md source). */
  readonly assumptions: string[];
  /** Wall time of the solve, ms. */
  readonly timing: { readonly build: number; readonly solve: number; readonly results: number };
}

export interface LoopIssue {
  readonly elementId: string;
  readonly message: string;
}

export interface LoopFailure {
  readonly ok: false;
  readonly stage: 'input' | 'build' | 'hydraulics';
  readonly errors: LoopIssue[];
  readonly warnings: LoopWarning[];
}
