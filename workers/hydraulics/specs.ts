// Input description of a pipe network in SI units, as the loop model and the .inp reader supply
// it to NetworkBuilder. SI inside the engine's public API (ARCHITECTURE principle 8): m, m³/s,
// m²/s, W; pressures and valve pressure settings as metres of fluid head.

export type HeadlossName = 'H-W' | 'D-W' | 'C-M';
export type ValveType = 'PRV' | 'PSV' | 'PBV' | 'FCV' | 'TCV' | 'GPV' | 'PCV';
export type LinkStatusName = 'open' | 'closed';

export interface NetworkOptions {
  /** Friction formula for pipes; default 'D-W'. */
  readonly headloss?: HeadlossName;
  /** Kinematic viscosity, m²/s; default EPANET's water value 1.1e-5 ft²/s ≈ 1.022e-6 m²/s. */
  readonly viscosity?: number;
  readonly specificGravity?: number;
  readonly accuracy?: number;
  readonly maxIterations?: number;
  readonly extraIterations?: number;
  readonly checkFrequency?: number;
  readonly maxCheck?: number;
  readonly dampLimit?: number;
  /** Head-loss error limit, m (0 = off). */
  readonly headErrorLimit?: number;
  /** Flow-change limit, m³/s (0 = off). */
  readonly flowChangeLimit?: number;
  /** Emitter exponent γ in q = C·pᵞ; default 0.5. */
  readonly emitterExponent?: number;
  readonly emitterBackflow?: boolean;
}

export interface JunctionSpec {
  readonly elevation: number; // m
  readonly demand?: number; // m³/s, outflow positive
  /** Emitter coefficient C in q[m³/s] = C·p[m]ᵞ. */
  readonly emitter?: number;
}

export interface ReservoirSpec {
  readonly head: number; // m
}

export interface TankSpec {
  readonly elevation: number; // m
  readonly initialLevel: number; // m above elevation: the fixed head of a steady snapshot
  readonly minLevel?: number;
  readonly maxLevel?: number;
  readonly canOverflow?: boolean;
}

export interface PipeSpec {
  readonly length: number; // m
  readonly diameter: number; // m
  /** H-W C, D-W absolute roughness ε in m, or Manning n. */
  readonly roughness: number;
  /** Minor loss coefficient K (velocity heads). */
  readonly minorLoss?: number;
  readonly status?: LinkStatusName;
  /** A check valve: flow only from `from` to `to`. */
  readonly checkValve?: boolean;
  /** Per-link kinematic viscosity, m²/s (D-W only). */
  readonly viscosity?: number;
}

export interface PumpSpec {
  /** Head curve points [flow m³/s, head m]; 1 point or 3 from zero flow → power law, else piecewise linear. */
  readonly curve?: readonly (readonly [number, number])[];
  /** Constant power, W (used when no curve is given). */
  readonly power?: number;
  /** Relative speed (affinity laws), default 1; 0 closes the pump. */
  readonly speed?: number;
  readonly status?: LinkStatusName;
}

export interface ValveSpec {
  readonly type: ValveType;
  readonly diameter: number; // m
  /** PRV/PSV: pressure head m; PBV: head loss m; FCV: m³/s; TCV: K; PCV: % open. */
  readonly setting?: number;
  readonly minorLoss?: number;
  /** Fixed status; omitted = active (controlled by its setting). */
  readonly status?: LinkStatusName;
  /** GPV: head loss curve [flow m³/s, head loss m]; PCV: [% open, % of fully open Kv]. */
  readonly curve?: readonly (readonly [number, number])[];
}

/** Generic component with head loss h[m] = coefficient · |Q[m³/s]|^exponent (cold plates, HX). */
export interface ComponentSpec {
  readonly coefficient: number;
  readonly exponent: number;
  readonly status?: LinkStatusName;
  readonly checkValve?: boolean;
}

/** Fixed resistance from a valve coefficient: Kv in m³/h at 1 bar (or Cv = 1.156·Kv). */
export interface KvSpec {
  readonly kv?: number;
  readonly cv?: number;
  readonly status?: LinkStatusName;
}

export interface PressureControlSpec {
  readonly link: string;
  readonly node: string;
  readonly above: boolean;
  /** Pressure head threshold at the junction, m. */
  readonly pressure: number;
  readonly status: 'open' | 'closed' | 'active';
  /** New pump speed or valve setting (SI units as in ValveSpec), when the control sets one. */
  readonly setting?: number;
}

/** A message naming the element and the reason (bad input, never thrown). */
export interface InputIssue {
  readonly element: string;
  readonly kind: 'node' | 'link' | 'curve' | 'control' | 'network';
  readonly message: string;
}
