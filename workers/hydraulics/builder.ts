// NetworkBuilder: collects nodes and links in SI units, validates them (each issue names the
// element and the reason) and produces the typed-array HydraulicNetwork in EPANET's internal
// units. Conversions: EPANET types.h factors (MperFT, CMSperCFS, KWperHP) and input1.c
// convertunits() rules (minor loss K → 0.02517·K/D⁴) [REFERENCE.md §2, §5].

import {
  CMS_PER_CFS, LinkKind, MINOR_LOSS_FACTOR, MISSING, M_PER_FT, KW_PER_HP, Status,
  type LinkKindCode, type StatusCode,
} from './constants';
import type {
  ComponentSpec, InputIssue, JunctionSpec, KvSpec, NetworkOptions, PipeSpec, PressureControlSpec,
  PumpSpec, ReservoirSpec, TankSpec, ValveSpec,
} from './specs';
import { assembleNetwork, LinkTable, NodeTable, type PumpRecord } from './assemble';
import { IdIndex } from './id-index';
import type { HydraulicNetwork } from './network';

/**
 * A link end: a node id, or the 0-based number of an earlier node call (addJunction, addReservoir,
 * addTank in call order, counting calls that reported an issue). Numbers skip the id lookups.
 */
export type NodeRef = string | number;

export type BuildResult =
  | { readonly ok: true; readonly network: HydraulicNetwork; readonly warnings: readonly InputIssue[] }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

const FT = 1 / M_PER_FT; // m → ft
/** /\s/.test(id) without a regular expression: ECMAScript WhiteSpace and LineTerminator code units. */
function hasWhitespace(id: string): boolean {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c <= 32) { if (c === 32 || (c >= 9 && c <= 13)) return true; } else if (c >= 160 && isWideSpace(c)) return true;
  }
  return false;
}
function isWideSpace(c: number): boolean {
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}
const CFS = 1 / CMS_PER_CFS; // m³/s → cfs
const VALVE_KIND: Record<ValveSpec['type'], LinkKindCode> = {
  PRV: LinkKind.PRV, PSV: LinkKind.PSV, PBV: LinkKind.PBV, FCV: LinkKind.FCV,
  TCV: LinkKind.TCV, GPV: LinkKind.GPV, PCV: LinkKind.PCV,
};
/** K of a Kv resistance on a Q² basis in ft/cfs²: K = 1.6e9·D⁴/Kv² [REFERENCE.md §2]. */
const KV_TO_KM = MINOR_LOSS_FACTOR * 1.6e9 * M_PER_FT ** 4;

export class NetworkBuilder {
  // Nodes and links as columns (no record object per element), sized from the optional counts.
  private readonly nodes: NodeTable;
  private readonly links: LinkTable;
  private readonly pumps: PumpRecord[] = [];
  private readonly controls: PressureControlSpec[] = [];
  private readonly issues: InputIssue[] = [];
  /** Id → index; handed to the network as its index maps by build() (copied before any later add). */
  private nodeIds: IdIndex;
  private linkIds: IdIndex;
  private shared = false;
  /** Per node call: its id and its row in the node table (-1: the call reported an issue). */
  private readonly callIds: string[];
  private callRow: Int32Array;
  private nCalls = 0;

  private readonly darcy: boolean;

  /** `size`: expected node and link counts (pre-sizes the tables; any count works). */
  constructor(private readonly options: NetworkOptions = {}, size?: { readonly nodes: number; readonly links: number }) {
    this.darcy = (options.headloss ?? 'D-W') === 'D-W';
    this.nodes = new NodeTable(size?.nodes ?? 16);
    this.links = new LinkTable(size?.links ?? 16);
    this.nodeIds = new IdIndex(size?.nodes ?? 16);
    this.callIds = new Array<string>(Math.max(size?.nodes ?? 16, 8));
    this.callRow = new Int32Array(Math.max(size?.nodes ?? 16, 8));
    this.linkIds = new IdIndex(size?.links ?? 16);
  }

  addJunction(id: string, spec: JunctionSpec): this {
    if (this.newNode(id)) {
      this.finite(id, 'node', 'elevation', spec.elevation);
      const i = this.nodes.add(id, false, spec.elevation * FT);
      this.nodes.demand[i] = (spec.demand ?? 0) * CFS;
      this.nodes.emitter[i] = spec.emitter ?? 0;
    }
    return this;
  }

  addReservoir(id: string, spec: ReservoirSpec): this {
    if (this.newNode(id)) {
      this.finite(id, 'node', 'head', spec.head);
      const i = this.nodes.add(id, true, spec.head * FT);
      this.nodes.head[i] = spec.head * FT;
    }
    return this;
  }

  /** A tank held at its initial level (steady snapshot); min/max levels drive EPANET's tank link checks. */
  addTank(id: string, spec: TankSpec): this {
    if (!this.newNode(id)) return this;
    const min = spec.minLevel ?? 0;
    const max = spec.maxLevel ?? Math.max(spec.initialLevel, min);
    if (!(spec.initialLevel >= min && spec.initialLevel <= max && min <= max)) {
      this.issue(id, 'node', 'tank levels must satisfy min ≤ initial ≤ max');
    }
    const el = spec.elevation * FT;
    const i = this.nodes.add(id, true, el);
    this.nodes.head[i] = el + spec.initialLevel * FT;
    this.nodes.minHead[i] = el + min * FT;
    this.nodes.maxHead[i] = el + max * FT;
    this.nodes.canOverflow[i] = (spec.canOverflow ?? false) ? 1 : 0;
    return this;
  }

  addPipe(id: string, from: NodeRef, to: NodeRef, spec: PipeSpec): this {
    if (!this.newLink(id)) return this;
    if (!(spec.diameter > 0)) this.issue(id, 'link', `diameter must be positive (got ${spec.diameter})`);
    if (!(spec.length > 0)) this.issue(id, 'link', `length must be positive (got ${spec.length})`);
    if (!(spec.roughness > 0)) this.issue(id, 'link', `roughness must be positive (got ${spec.roughness})`);
    if ((spec.minorLoss ?? 0) < 0) this.issue(id, 'link', 'minor loss coefficient must not be negative');
    if (spec.viscosity !== undefined && !(spec.viscosity > 0)) this.issue(id, 'link', 'viscosity must be positive');
    const d = spec.diameter * FT;
    const k = this.baseLink(id, from, to, spec.checkValve ? LinkKind.CVPIPE : LinkKind.PIPE, spec.status);
    const L = this.links;
    L.diameter[k] = d;
    L.length[k] = spec.length * FT;
    L.roughness[k] = this.darcy ? spec.roughness * FT : spec.roughness;
    L.minorLoss[k] = (MINOR_LOSS_FACTOR * (spec.minorLoss ?? 0)) / (d * d * d * d);
    if (spec.viscosity !== undefined) L.viscosity[k] = spec.viscosity * FT * FT;
    return this;
  }

  addPump(id: string, from: NodeRef, to: NodeRef, spec: PumpSpec): this {
    if (!this.newLink(id)) return this;
    const speed = spec.speed ?? 1;
    if (!(speed >= 0)) this.issue(id, 'link', 'pump speed must not be negative');
    const closed = spec.status === 'closed' || speed === 0;
    const k = this.baseLink(id, from, to, LinkKind.PUMP, closed ? 'closed' : 'open');
    this.links.setting[k] = closed ? 0 : speed;
    const points = spec.curve ?? [];
    if (points.length > 0) {
      this.pumps.push({ link: k, curveQ: points.map((p) => p[0] * CFS), curveH: points.map((p) => p[1] * FT), horsepower: 0 });
    } else if (spec.power !== undefined && spec.power > 0) {
      this.pumps.push({ link: k, curveQ: [], curveH: [], horsepower: spec.power / 1000 / KW_PER_HP });
    } else {
      this.issue(id, 'link', 'pump needs a head curve or a positive power');
    }
    return this;
  }

  addValve(id: string, from: NodeRef, to: NodeRef, spec: ValveSpec): this {
    if (!this.newLink(id)) return this;
    const kind = VALVE_KIND[spec.type];
    if (kind === undefined) {
      this.issue(id, 'link', `unknown valve type ${String(spec.type)}`);
      return this;
    }
    if (!(spec.diameter > 0)) this.issue(id, 'link', `diameter must be positive (got ${spec.diameter})`);
    const d = spec.diameter * FT;
    const fixed = spec.status !== undefined;
    let setting = spec.setting;
    if (kind === LinkKind.GPV) {
      if (!spec.curve || spec.curve.length === 0) this.issue(id, 'link', 'GPV needs a head loss curve');
      setting = 0;
    } else if (!fixed && (setting === undefined || !Number.isFinite(setting))) {
      this.issue(id, 'link', `${spec.type} valve needs a setting (or a fixed open/closed status)`);
    }
    const s = setting ?? 0;
    let internal = s;
    if (kind === LinkKind.PRV || kind === LinkKind.PSV || kind === LinkKind.PBV) internal = s * FT;
    else if (kind === LinkKind.FCV) internal = s * CFS;
    else if (kind === LinkKind.PCV) internal = Math.min(s, 100);
    let curve: { x: number[]; y: number[] } | null = null;
    if (spec.curve && (kind === LinkKind.GPV || kind === LinkKind.PCV)) {
      const fx = kind === LinkKind.GPV ? CFS : 1;
      const fy = kind === LinkKind.GPV ? FT : 1;
      curve = { x: spec.curve.map((p) => p[0] * fx), y: spec.curve.map((p) => p[1] * fy) };
    }
    const k = this.baseLink(id, from, to, kind, spec.status ?? 'active');
    const L = this.links;
    L.diameter[k] = d;
    L.minorLoss[k] = (MINOR_LOSS_FACTOR * (spec.minorLoss ?? 0)) / (d * d * d * d);
    L.setting[k] = fixed && kind !== LinkKind.GPV ? MISSING : internal;
    if (curve) L.curve.set(k, curve);
    return this;
  }

  /** Generic component h = k·|Q|ⁿ (SI), e.g. a cold plate fitted to vendor ΔP–flow data. */
  addComponent(id: string, from: NodeRef, to: NodeRef, spec: ComponentSpec): this {
    if (!this.newLink(id)) return this;
    if (!(spec.coefficient > 0)) this.issue(id, 'link', 'component coefficient must be positive');
    if (!(spec.exponent >= 1 && spec.exponent <= 3)) this.issue(id, 'link', 'component exponent must lie in [1, 3]');
    const k = this.baseLink(id, from, to, LinkKind.COMPONENT, spec.status);
    const L = this.links;
    L.checkValve[k] = (spec.checkValve ?? false) ? 1 : 0;
    L.resistance[k] = (spec.coefficient * Math.pow(CMS_PER_CFS, spec.exponent)) / M_PER_FT;
    L.exponent[k] = spec.exponent;
    return this;
  }

  /** A fixed Kv (or Cv) resistance: h = Km·Q² with K = 1.6e9·D⁴/Kv² [REFERENCE.md §2]. */
  addKvResistance(id: string, from: NodeRef, to: NodeRef, spec: KvSpec): this {
    const kv = spec.kv ?? (spec.cv !== undefined ? spec.cv / 1.156 : NaN);
    if (!(kv > 0)) {
      if (this.newLink(id)) this.issue(id, 'link', 'Kv (or Cv) must be positive');
      return this;
    }
    if (!this.newLink(id)) return this;
    const k = this.baseLink(id, from, to, LinkKind.COMPONENT, spec.status);
    this.links.resistance[k] = KV_TO_KM / (kv * kv);
    return this;
  }

  addPressureControl(spec: PressureControlSpec): this {
    this.controls.push(spec);
    return this;
  }

  /** Add an issue found by a reader (e.g. a broken reference in an input file). */
  reportIssue(issue: InputIssue): this {
    this.issues.push(issue);
    return this;
  }

  /**
   * The network, or the issues naming each bad element. `reuse`: a network built earlier; when this
   * one has the same topology (node and link ids in the same order, same ends and kinds) its ids,
   * index maps, sparsity pattern, ordering and symbolic factorisation are shared instead of rebuilt.
   */
  build(reuse?: HydraulicNetwork): BuildResult {
    if (this.issues.length > 0) return { ok: false, issues: [...this.issues] };
    this.shared = true;
    return assembleNetwork(this.nodes, this.links, this.nodeIds, this.linkIds, this.pumps, this.controls, this.options, reuse);
  }

  /** Appends the link's row (defaults as in LinkTable.add) and returns its index. */
  private baseLink(id: string, from: NodeRef, to: NodeRef, kind: LinkKindCode, status?: string): number {
    const a = typeof from === 'number' ? this.callIds[from] : from;
    const b = typeof to === 'number' ? this.callIds[to] : to;
    if (a === b) this.issue(id, 'link', `starts and ends at the same node ${a}`);
    const initStatus: StatusCode = status === 'closed' ? Status.CLOSED : status === 'active' ? Status.ACTIVE : Status.OPEN;
    const rowA = typeof from === 'number' && from >= 0 && from < this.nCalls ? this.callRow[from] : -1;
    const rowB = typeof to === 'number' && to >= 0 && to < this.nCalls ? this.callRow[to] : -1;
    return this.links.add(id, a, b, kind, initStatus, rowA, rowB);
  }

  /** After build() the maps belong to the network: copy them before adding more. */
  private unshare(): void {
    if (!this.shared) return;
    this.nodeIds = this.nodeIds.copy();
    this.linkIds = this.linkIds.copy();
    this.shared = false;
  }

  private newNode(id: string): boolean {
    const ok = this.checkNewNode(id);
    const c = this.nCalls++;
    if (c === this.callRow.length) {
      const grown = new Int32Array(2 * c);
      grown.set(this.callRow);
      this.callRow = grown;
    }
    this.callIds[c] = id;
    this.callRow[c] = ok ? this.nodes.n : -1;
    return ok;
  }

  private checkNewNode(id: string): boolean {
    if (!id || hasWhitespace(id)) return this.issue(id, 'node', 'an ID must be non-empty without spaces');
    this.unshare();
    const n = this.nodeIds.size;
    if (this.nodeIds.set(id, n).size === n) return this.issue(id, 'node', 'duplicate node ID');
    return true;
  }

  private newLink(id: string): boolean {
    if (!id || hasWhitespace(id)) return this.issue(id, 'link', 'an ID must be non-empty without spaces');
    this.unshare();
    const n = this.linkIds.size;
    if (this.linkIds.set(id, this.links.n).size === n) return this.issue(id, 'link', 'duplicate link ID');
    return true;
  }

  private finite(id: string, kind: InputIssue['kind'], what: string, v: number): void {
    if (!Number.isFinite(v)) this.issue(id, kind, `${what} must be a finite number`);
  }

  private issue(element: string, kind: InputIssue['kind'], message: string): false {
    this.issues.push({ element, kind, message });
    return false;
  }
}
