// The loop model as plain data: nodes with plan coordinates, links with their hydraulic spec, kind,
// polyline and owner. Generated from the hall (tcs.ts, fws.ts), edited by overrides (overrides.ts),
// turned into a solver network (network.ts) or an EPANET file (to-inp.ts). SI: m, m³/s, Pa, W.
// Pressures are Pa here; network.ts converts to metres of head with the loop's reference density.

export type Vec3 = readonly [number, number, number];
export type LoopSide = 'tcs' | 'fws';

export type LinkKind =
  | 'tank-connection' | 'pump' | 'pump-discharge' | 'hx-secondary' | 'strainer' | 'cdu-return'
  | 'main' | 'header' | 'drop' | 'hose' | 'quick-disconnect' | 'cold-plate' | 'balancing-valve'
  | 'plant-pump' | 'plant-cooler' | 'plant-run' | 'fws-header' | 'fws-branch' | 'hx-primary' | 'three-way-valve';

export type LinkSpec =
  | { readonly type: 'pipe'; length: number; diameter: number; roughness: number; minorLoss: number }
  /** Power-law ΔP = ΔP_d·(Q/Q_d)ⁿ (cold plates, HX passes, strainers, coolers). */
  | { readonly type: 'component'; designPressureDrop: number; designFlow: number; exponent: number }
  /** Fixed Kv resistance (m³/h at 1 bar) [REFERENCE.md §2]. */
  | { readonly type: 'kv'; kv: number }
  /** Throttling (balancing) valve: EPANET TCV with loss coefficient K at `diameter`. */
  | { readonly type: 'tcv'; diameter: number; setting: number }
  /** Centrifugal pump, 3-point curve through (0, 1.33334·H), (Q, H), (2Q, 0); ratedHead Pa. */
  | { readonly type: 'pump'; ratedFlow: number; ratedHead: number; ratedPower: number; speed: number };

export interface ModelNode {
  readonly id: string;
  readonly side: LoopSide;
  /** Owning CDU (TCS) or null (FWS). */
  readonly cduId: string | null;
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** Fixed absolute pressure at the node (expansion tank / plant pressurisation), Pa; null = junction. */
  readonly fixedPressure: number | null;
}

export interface ModelLink {
  readonly id: string;
  readonly side: LoopSide;
  readonly kind: LinkKind;
  readonly from: string;
  readonly to: string;
  spec: LinkSpec;
  status: 'open' | 'closed';
  /** TCS: owning CDU; FWS: the CDU a branch serves (null for plant and headers). */
  readonly cduId: string | null;
  readonly rackId: string | null;
  /** Polyline for 3D drawing, plan x, y and z, m. */
  readonly points: readonly Vec3[];
  /** Design flow the link was sized for, m³/s. */
  readonly designFlow: number;
  /** Heat added to the coolant in this link, W (cold plates). */
  readonly heat: number;
}

export interface LoopModel {
  readonly side: LoopSide;
  readonly nodes: ModelNode[];
  readonly links: ModelLink[];
  /** Reference density per pressure zone (CDU id, or '' for the FWS), kg/m³: Pa ↔ m of head. */
  readonly density: ReadonlyMap<string, number>;
}

export function zoneOf(x: { cduId: string | null; side: LoopSide }): string {
  return x.side === 'fws' ? '' : (x.cduId ?? '');
}

/** Length of a polyline, m. */
export function polylineLength(points: readonly Vec3[]): number {
  let s = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    s += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  }
  return s;
}

/** Manhattan route a → b: vertical first at a, then x, then y (how pipes are run). */
export function route(a: Vec3, b: Vec3, zRun: number): Vec3[] {
  const pts: Vec3[] = [a];
  const push = (p: Vec3) => {
    const q = pts[pts.length - 1];
    if (Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) > 1e-9) pts.push(p);
  };
  push([a[0], a[1], zRun]);
  push([b[0], a[1], zRun]);
  push([b[0], b[1], zRun]);
  push(b);
  if (pts.length === 1) pts.push(b);
  return pts;
}
