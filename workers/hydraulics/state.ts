// All mutable state of one hydraulic solve: inputs a scenario may change (demands, fixed heads,
// per-link viscosity, statuses and settings) and the iteration variables, as typed arrays in
// internal units (ft, cfs). One instance per solver: no module-level mutable state, so many
// solvers can run at once on the same (immutable, shared) network.

import { LdlFactor } from '../linalg';
import type { HydraulicNetwork } from './network';

export class SolverState {
  readonly net: HydraulicNetwork;
  // Scenario inputs
  readonly demand: Float64Array; // cfs, junctions
  readonly fixedHead: Float64Array; // ft, indexed by node
  readonly viscosity: Float64Array; // ft²/s per link
  readonly initStatus: Uint8Array;
  readonly initSetting: Float64Array;
  // Iteration variables (EPANET names in comments)
  readonly flow: Float64Array; // LinkFlow
  readonly head: Float64Array; // NodeHead
  readonly status: Uint8Array; // LinkStatus
  readonly setting: Float64Array; // LinkSetting
  readonly p: Float64Array; // P = 1/(dh/dq)
  readonly y: Float64Array; // Y = h/(dh/dq)
  readonly xflow: Float64Array; // nodal flow excess
  readonly demandFlow: Float64Array; // DemandFlow (junctions)
  readonly emitterFlow: Float64Array; // EmitterFlow (junctions)
  readonly fixedInflow: Float64Array; // NodeDemand of fixed-head nodes (net inflow)
  readonly pcvResistance: Float64Array; // PCV loss coefficient from its setting
  // Linear system in elimination order
  readonly values: Float64Array;
  readonly rhs: Float64Array;
  readonly row: Int32Array; // row of junction i in the permuted system
  readonly factor: LdlFactor;
  // Scratch (never reallocated)
  readonly seg = new Float64Array(2);
  readonly dfdq = new Float64Array(1);
  relaxFactor = 1;
  maxFlowChange = 0;

  constructor(net: HydraulicNetwork) {
    this.net = net;
    const { nJunctions: nJ, nNodes: nN, nLinks: nL } = net;
    this.demand = Float64Array.from(net.demand);
    this.fixedHead = Float64Array.from(net.fixedHead);
    this.viscosity = Float64Array.from(net.linkViscosity);
    this.initStatus = Uint8Array.from(net.initStatus);
    this.initSetting = Float64Array.from(net.initSetting);
    this.flow = new Float64Array(nL);
    this.head = new Float64Array(nN);
    this.status = new Uint8Array(nL);
    this.setting = new Float64Array(nL);
    this.p = new Float64Array(nL);
    this.y = new Float64Array(nL);
    this.xflow = new Float64Array(nN);
    this.demandFlow = new Float64Array(nJ);
    this.emitterFlow = new Float64Array(nJ);
    this.fixedInflow = new Float64Array(nN);
    this.pcvResistance = new Float64Array(nL);
    this.values = new Float64Array(net.pattern.rowIdx.length);
    this.rhs = new Float64Array(nJ);
    this.row = net.pattern.ordering.iperm;
    this.factor = new LdlFactor(net.pattern, net.symbolic);
  }
}
