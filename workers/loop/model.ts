// The loop model as columns: nodes with plan coordinates, links with their hydraulic spec, kind,
// polyline and owner, by index. Generated from the hall (tcs.ts, fws.ts), edited by overrides (overrides.ts),
// turned into a solver network (network.ts) or an EPANET file (to-inp.ts). SI: m, m³/s, Pa, W.
// Pressures are Pa here; network.ts converts to metres of head with the loop's reference density.
import { grownF64, grownI32, grownU8 } from '../hydraulics/grow';

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

/** Spec type codes of the link columns (LoopModel.specType). */
export const SpecType = { pipe: 0, component: 1, kv: 2, tcv: 3, pump: 4 } as const;
export type SpecTypeCode = (typeof SpecType)[keyof typeof SpecType];

const STATUS_NAMES = ['open', 'closed'] as const;


/**
 * One generated part of a model (a CDU's loop, kept by cache.ts): rows [n0, n1) and [l0, l1) of
 * `model`, links joining those nodes only. A view, not a copy: appending it to a new model re-points it
 * at the new rows, and it takes rows of its own (detach) before rows it views are changed in place
 * (overrides). Its identity marks the rows that came from it (LoopModel.origin).
 */
export class LoopPart {
  constructor(public model: LoopModel, public n0: number, public n1: number, public l0: number, public l1: number) {}

  view(model: LoopModel, n0: number, n1: number, l0: number, l1: number): void {
    this.model = model;
    this.n0 = n0;
    this.n1 = n1;
    this.l0 = l0;
    this.l1 = l1;
  }

  detach(): void {
    const own = new LoopModel(this.model.side, this.n1 - this.n0, this.l1 - this.l0);
    own.append(this.model, this.n0, this.n1, this.l0, this.l1, -this.n0, null);
    this.view(own, 0, own.nNodes, 0, own.nLinks);
  }
}

/**
 * The loop model of one side as columns (struct of arrays): nodes and links are rows referred to by
 * index, links name their end nodes by index. No record object per element: ModelNode / ModelLink
 * records are made only on request (`nodes`, `links`, `linkAt`: exports, tests). Spec parameters in
 * four columns by spec type — pipe: length, diameter, roughness, minorLoss; component:
 * designPressureDrop, designFlow, exponent; kv: kv; tcv: diameter, setting; pump: ratedFlow,
 * ratedHead, ratedPower, speed. `origin`: the generated part (cache.ts) a row was copied from, or
 * null; with `overridden` it tells a cached network which links changed since it was built.
 */
export class LoopModel {
  /** Reference density per pressure zone (CDU id, or '' for the FWS), kg/m³: Pa ↔ m of head. */
  density: ReadonlyMap<string, number> = new Map();
  nNodes = 0;
  // Object columns are allocated at the expected size (rows [0, nNodes) / [0, nLinks) are set) and
  // filled by index; they grow like any array past that.
  readonly nodeId: string[];
  readonly nodeCdu: (string | null)[];
  readonly nodeOrigin: (LoopPart | null)[];
  nodeX: Float64Array;
  nodeY: Float64Array;
  nodeZ: Float64Array;
  /** 1: fixed pressure (expansion tank, plant pressurisation), 0: junction. */
  nodeFixed: Uint8Array;
  /** Fixed absolute pressure, Pa (rows with nodeFixed = 1). */
  nodePressure: Float64Array;

  nLinks = 0;
  readonly linkId: string[];
  readonly kind: LinkKind[];
  readonly linkCdu: (string | null)[];
  readonly rackId: (string | null)[];
  /** Polyline for 3D drawing per link (shared, never mutated). */
  readonly points: (readonly Vec3[])[];
  readonly origin: (LoopPart | null)[];
  from: Int32Array;
  to: Int32Array;
  specType: Uint8Array;
  /** 0 open, 1 closed. */
  closed: Uint8Array;
  overridden: Uint8Array;
  p0: Float64Array;
  p1: Float64Array;
  p2: Float64Array;
  p3: Float64Array;
  designFlow: Float64Array;
  heat: Float64Array;
  private nodeRecords: ModelNode[] | null = null;
  private linkRecords: ModelLink[] | null = null;

  constructor(readonly side: LoopSide, nodeCapacity = 16, linkCapacity = 16) {
    const n = Math.max(nodeCapacity, 4);
    const l = Math.max(linkCapacity, 4);
    this.nodeId = new Array<string>(n);
    this.nodeCdu = new Array<string | null>(n);
    this.nodeOrigin = new Array<LoopPart | null>(n);
    this.linkId = new Array<string>(l);
    this.kind = new Array<LinkKind>(l);
    this.linkCdu = new Array<string | null>(l);
    this.rackId = new Array<string | null>(l);
    this.points = new Array<readonly Vec3[]>(l);
    this.origin = new Array<LoopPart | null>(l);
    this.nodeX = new Float64Array(n);
    this.nodeY = new Float64Array(n);
    this.nodeZ = new Float64Array(n);
    this.nodeFixed = new Uint8Array(n);
    this.nodePressure = new Float64Array(n);
    this.from = new Int32Array(l);
    this.to = new Int32Array(l);
    this.specType = new Uint8Array(l);
    this.closed = new Uint8Array(l);
    this.overridden = new Uint8Array(l);
    this.p0 = new Float64Array(l);
    this.p1 = new Float64Array(l);
    this.p2 = new Float64Array(l);
    this.p3 = new Float64Array(l);
    this.designFlow = new Float64Array(l);
    this.heat = new Float64Array(l);
  }

  /** Appends a node; returns its index. `fixedPressure` null: a junction. */
  addNode(id: string, cduId: string | null, x: number, y: number, z: number, fixedPressure: number | null): number {
    const i = this.nNodes;
    if (i === this.nodeX.length) this.growNodes(2 * i);
    this.nodeId[i] = id;
    this.nodeCdu[i] = cduId;
    this.nodeOrigin[i] = null;
    this.nodeX[i] = x;
    this.nodeY[i] = y;
    this.nodeZ[i] = z;
    this.nodeFixed[i] = fixedPressure === null ? 0 : 1;
    this.nodePressure[i] = fixedPressure ?? 0;
    this.nNodes = i + 1;
    this.nodeRecords = null;
    return i;
  }

  /** Appends a link (spec as a type code and its parameters, see the class comment); returns its index. */
  addLink(id: string, kind: LinkKind, from: number, to: number, type: SpecTypeCode, p0: number, p1: number, p2: number, p3: number,
    points: readonly Vec3[], cduId: string | null, rackId: string | null, designFlow: number, heat: number, closed: boolean): number {
    const k = this.nLinks;
    if (k === this.from.length) this.growLinks(2 * k);
    this.linkId[k] = id;
    this.kind[k] = kind;
    this.linkCdu[k] = cduId;
    this.rackId[k] = rackId;
    this.points[k] = points;
    this.origin[k] = null;
    this.from[k] = from;
    this.to[k] = to;
    this.specType[k] = type;
    this.closed[k] = closed ? 1 : 0;
    this.p0[k] = p0;
    this.p1[k] = p1;
    this.p2[k] = p2;
    this.p3[k] = p3;
    this.designFlow[k] = designFlow;
    this.heat[k] = heat;
    this.nLinks = k + 1;
    this.linkRecords = null;
    return k;
  }

  /** Rows [n0, n1) and [l0, l1) (generated together, links between those nodes only) as a part; their origin is the part. */
  extract(n0: number, n1: number, l0: number, l1: number): LoopPart {
    const part = new LoopPart(this, n0, n1, l0, l1);
    for (let i = n0; i < n1; i++) this.nodeOrigin[i] = part;
    for (let k = l0; k < l1; k++) this.origin[k] = part;
    return part;
  }

  /** Appends a part's rows (end nodes shifted to follow this model's nodes), origin = the part, which then views these rows. */
  appendPart(part: LoopPart): void {
    const i0 = this.nNodes;
    const k0 = this.nLinks;
    this.append(part.model, part.n0, part.n1, part.l0, part.l1, i0 - part.n0, part);
    part.view(this, i0, this.nNodes, k0, this.nLinks);
  }

  /** Link k is about to be changed in place: a part viewing it takes rows of its own first. */
  detachRow(k: number): void {
    const o = this.origin[k];
    if (o !== null && o.model === this) o.detach();
  }

  /** Copies rows [n0, n1) and [l0, l1) of src after this model's rows, end nodes shifted by `shift`. */
  append(src: LoopModel, n0: number, n1: number, l0: number, l1: number, shift: number, origin: LoopPart | null): void {
    const nn = n1 - n0;
    const nl = l1 - l0;
    const i0 = this.nNodes;
    const k0 = this.nLinks;
    if (i0 + nn > this.nodeX.length) this.growNodes(Math.max(2 * this.nodeX.length, i0 + nn));
    if (k0 + nl > this.from.length) this.growLinks(Math.max(2 * this.from.length, k0 + nl));
    for (let i = n0; i < n1; i++) {
      const j = i0 + i - n0;
      this.nodeId[j] = src.nodeId[i];
      this.nodeCdu[j] = src.nodeCdu[i];
      this.nodeOrigin[j] = origin;
    }
    this.nodeX.set(src.nodeX.subarray(n0, n1), i0);
    this.nodeY.set(src.nodeY.subarray(n0, n1), i0);
    this.nodeZ.set(src.nodeZ.subarray(n0, n1), i0);
    this.nodeFixed.set(src.nodeFixed.subarray(n0, n1), i0);
    this.nodePressure.set(src.nodePressure.subarray(n0, n1), i0);
    for (let k = l0; k < l1; k++) {
      const j = k0 + k - l0;
      this.linkId[j] = src.linkId[k];
      this.kind[j] = src.kind[k];
      this.linkCdu[j] = src.linkCdu[k];
      this.rackId[j] = src.rackId[k];
      this.points[j] = src.points[k];
      this.origin[j] = origin;
      this.from[j] = src.from[k] + shift;
      this.to[j] = src.to[k] + shift;
    }
    this.specType.set(src.specType.subarray(l0, l1), k0);
    this.closed.set(src.closed.subarray(l0, l1), k0);
    this.p0.set(src.p0.subarray(l0, l1), k0);
    this.p1.set(src.p1.subarray(l0, l1), k0);
    this.p2.set(src.p2.subarray(l0, l1), k0);
    this.p3.set(src.p3.subarray(l0, l1), k0);
    this.designFlow.set(src.designFlow.subarray(l0, l1), k0);
    this.heat.set(src.heat.subarray(l0, l1), k0);
    this.nNodes = i0 + nn;
    this.nLinks = k0 + nl;
    this.nodeRecords = null;
    this.linkRecords = null;
  }

  /** Status of link k. */
  status(k: number): 'open' | 'closed' { return STATUS_NAMES[this.closed[k]]; }

  /** Zone of a node / link: its CDU (TCS) or '' (FWS). */
  nodeZone(i: number): string { return this.side === 'fws' ? '' : (this.nodeCdu[i] ?? ''); }
  linkZone(k: number): string { return this.side === 'fws' ? '' : (this.linkCdu[k] ?? ''); }

  /** Length of link k's polyline, m. */
  polylineLength(k: number): number { return polylineLength(this.points[k]); }

  /** The spec of link k as a record (a new object). */
  spec(k: number): LinkSpec {
    const a = this.p0[k];
    const b = this.p1[k];
    const c = this.p2[k];
    const d = this.p3[k];
    switch (this.specType[k]) {
      case SpecType.pipe: return { type: 'pipe', length: a, diameter: b, roughness: c, minorLoss: d };
      case SpecType.component: return { type: 'component', designPressureDrop: a, designFlow: b, exponent: c };
      case SpecType.kv: return { type: 'kv', kv: a };
      case SpecType.tcv: return { type: 'tcv', diameter: a, setting: b };
      default: return { type: 'pump', ratedFlow: a, ratedHead: b, ratedPower: c, speed: d };
    }
  }

  /** Link k as a record (a new object; changing it does not change the model). */
  linkAt(k: number): ModelLink {
    return {
      id: this.linkId[k], side: this.side, kind: this.kind[k], from: this.nodeId[this.from[k]], to: this.nodeId[this.to[k]],
      spec: this.spec(k), status: this.status(k), cduId: this.linkCdu[k], rackId: this.rackId[k], points: this.points[k],
      designFlow: this.designFlow[k], heat: this.heat[k],
    };
  }

  nodeAt(i: number): ModelNode {
    return {
      id: this.nodeId[i], side: this.side, cduId: this.nodeCdu[i], x: this.nodeX[i], y: this.nodeY[i], z: this.nodeZ[i],
      fixedPressure: this.nodeFixed[i] ? this.nodePressure[i] : null,
    };
  }

  /** All links as records (made on first request after a change; read-only views for exports and tests). */
  get links(): readonly ModelLink[] {
    if (this.linkRecords === null) {
      const out = new Array<ModelLink>(this.nLinks);
      for (let k = 0; k < this.nLinks; k++) out[k] = this.linkAt(k);
      this.linkRecords = out;
    }
    return this.linkRecords;
  }

  get nodes(): readonly ModelNode[] {
    if (this.nodeRecords === null) {
      const out = new Array<ModelNode>(this.nNodes);
      for (let i = 0; i < this.nNodes; i++) out[i] = this.nodeAt(i);
      this.nodeRecords = out;
    }
    return this.nodeRecords;
  }

  /** Call after writing columns directly (overrides): drops the cached records. */
  changed(): void {
    this.linkRecords = null;
    this.nodeRecords = null;
  }

  private growNodes(c: number): void {
    this.nodeX = grownF64(this.nodeX, c);
    this.nodeY = grownF64(this.nodeY, c);
    this.nodeZ = grownF64(this.nodeZ, c);
    this.nodeFixed = grownU8(this.nodeFixed, c);
    this.nodePressure = grownF64(this.nodePressure, c);
  }

  private growLinks(c: number): void {
    this.from = grownI32(this.from, c);
    this.to = grownI32(this.to, c);
    this.specType = grownU8(this.specType, c);
    this.closed = grownU8(this.closed, c);
    this.overridden = grownU8(this.overridden, c);
    this.p0 = grownF64(this.p0, c);
    this.p1 = grownF64(this.p1, c);
    this.p2 = grownF64(this.p2, c);
    this.p3 = grownF64(this.p3, c);
    this.designFlow = grownF64(this.designFlow, c);
    this.heat = grownF64(this.heat, c);
  }
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
