// The immutable, typed-array form of a pipe network that the GGA solver works on, built once per
// topology by NetworkBuilder. All values are in EPANET's internal units (ft, cfs, ft²/s) so that
// EPANET's tolerances apply unchanged [REFERENCE.md §5]; the builder converts from SI at the edge.
// Node order: junctions [0, nJunctions), then fixed-head nodes (reservoirs, tanks).

import type { LdlSymbolic, SymmetricPattern } from '../linalg';
import type { HeadlossFormulaCode, StatusCode } from './constants';

/** A (flow, head) or (x, y) curve in internal units, x strictly increasing. */
export interface Curve {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** A control acting on a link when a junction's head crosses a grade (EPANET pswitch()). */
export interface PressureControl {
  readonly link: number;
  readonly node: number;
  readonly above: boolean;
  readonly grade: number; // ft of head
  readonly status: StatusCode;
  readonly setting: number; // internal units, MISSING if none
}

export interface SolverOptions {
  /** Convergence limit on Σ|dq| / Σ|q| (EPANET ACCURACY). */
  readonly accuracy: number;
  readonly maxIterations: number;
  /** −1: stop when unbalanced; ≥ 0: extra trials without status changes (UNBALANCED CONTINUE n). */
  readonly extraIterations: number;
  readonly checkFrequency: number;
  readonly maxCheck: number;
  readonly dampLimit: number;
  readonly headTolerance: number; // ft
  readonly flowTolerance: number; // cfs
  readonly lowFlowResistanceTolerance: number;
  readonly headErrorLimit: number; // ft, 0 = off
  readonly flowChangeLimit: number; // cfs, 0 = off
  readonly emitterExponent: number; // EPANET Qexp (head loss ∝ q^Qexp)
  readonly emitterBackflow: boolean;
}

export interface HydraulicNetwork {
  readonly nodeIds: readonly string[];
  readonly linkIds: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly linkIndex: ReadonlyMap<string, number>;
  readonly nJunctions: number;
  readonly nNodes: number;
  readonly nLinks: number;
  readonly headloss: HeadlossFormulaCode;
  /** Friction exponent: 1.852 (H-W) or 2 (D-W, C-M). */
  readonly hexp: number;
  readonly viscosity: number; // network default, ft²/s
  readonly specificGravity: number;

  // Nodes
  readonly elevation: Float64Array; // ft, all nodes
  readonly demand: Float64Array; // cfs, junctions
  readonly emitterKe: Float64Array; // ft/cfs^Qexp, junctions (0 = no emitter)
  readonly fixedHead: Float64Array; // ft, fixed-head nodes (index by node)
  readonly tankMinHead: Float64Array; // ft, NaN for reservoirs / junctions
  readonly tankMaxHead: Float64Array;
  readonly tankCanOverflow: Uint8Array;

  // Links
  readonly kind: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly diameter: Float64Array; // ft
  readonly length: Float64Array; // ft
  readonly roughness: Float64Array; // C (H-W), ft (D-W), n (C-M)
  readonly minorLoss: Float64Array; // Km on a Q² basis (0.02517·K/D⁴)
  readonly resistance: Float64Array; // R of pipes / components (EPANET resistcoeff)
  readonly exponent: Float64Array; // flow exponent of components
  readonly checkValve: Uint8Array; // 1 for CV pipes and components with a check valve
  readonly linkViscosity: Float64Array; // ft²/s default per link
  readonly initStatus: Uint8Array;
  readonly initSetting: Float64Array; // pump speed, valve setting (internal units) or MISSING
  readonly valveCurve: readonly (Curve | null)[]; // GPV head loss curve, PCV Kv curve

  // Pumps
  readonly pumpOfLink: Int32Array; // −1 if not a pump
  readonly pumpLink: Int32Array;
  readonly pumpKind: Uint8Array;
  readonly pumpH0: Float64Array; // head-loss form: h = H0 + R·q^N (H0, R < 0)
  readonly pumpR: Float64Array;
  readonly pumpN: Float64Array;
  readonly pumpQ0: Float64Array;
  readonly pumpQmax: Float64Array;
  readonly pumpHmax: Float64Array; // shutoff head
  readonly pumpCurve: readonly (Curve | null)[];

  readonly pressureControls: readonly PressureControl[];
  readonly options: SolverOptions;

  // Sparse structure of the junction head equations (symbolic, shared by all solvers)
  readonly pattern: SymmetricPattern;
  readonly symbolic: LdlSymbolic;
  /** Valve links in input order (EPANET's Valve[] order). */
  readonly valveLinks: Int32Array;
  /** Links whose status EPANET's linkstatus() can change: CVs, pumps, FCVs, links at tanks. */
  readonly statusLinks: Int32Array;
  /** Off-diagonal value slot of each link, −1 when an end is a fixed-head node. */
  readonly linkSlot: Int32Array;
}
