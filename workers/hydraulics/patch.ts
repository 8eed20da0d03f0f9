// A network with some links' numbers replaced: `base` keeps its topology (ids, index maps, ends, kinds,
// sparsity pattern, ordering, symbolic factorisation — shared, not copied) and takes the numeric link,
// pump and node data of `part`, a small network built by NetworkBuilder from just the changed links and
// their end nodes (so every value is converted and validated exactly as in a full build). Used by the
// loop model when an edit regenerates a few components of a large, otherwise unchanged network.
// Internal units as in network.ts.
import type { HydraulicNetwork } from './network';

/**
 * base with the data of part's links (partLink k → base link linkMap[k]) and part's nodes
 * (part node i → base node nodeMap[i]). Returns null when the part does not fit the base's topology
 * (different kinds, ends or node types): the caller then builds the whole network.
 */
export function patchNetwork(base: HydraulicNetwork, part: HydraulicNetwork, linkMap: Int32Array, nodeMap: Int32Array): HydraulicNetwork | null {
  if (part.headloss !== base.headloss || part.viscosity !== base.viscosity) return null;
  for (let i = 0; i < part.nNodes; i++) {
    const j = nodeMap[i];
    if (j < 0 || (i < part.nJunctions) !== (j < base.nJunctions)) return null;
  }
  for (let k = 0; k < part.nLinks; k++) {
    const b = linkMap[k];
    if (b < 0 || part.kind[k] !== base.kind[b] || part.checkValve[k] !== base.checkValve[b]) return null;
    if (nodeMap[part.from[k]] !== base.from[b] || nodeMap[part.to[k]] !== base.to[b]) return null;
    if ((part.pumpOfLink[k] >= 0) !== (base.pumpOfLink[b] >= 0)) return null;
  }
  const diameter = base.diameter.slice();
  const length = base.length.slice();
  const roughness = base.roughness.slice();
  const minorLoss = base.minorLoss.slice();
  const resistance = base.resistance.slice();
  const exponent = base.exponent.slice();
  const linkViscosity = base.linkViscosity.slice();
  const initStatus = base.initStatus.slice();
  const initSetting = base.initSetting.slice();
  const valveCurve = base.valveCurve.slice();
  const pumpKind = base.pumpKind.slice();
  const pumpH0 = base.pumpH0.slice();
  const pumpR = base.pumpR.slice();
  const pumpN = base.pumpN.slice();
  const pumpQ0 = base.pumpQ0.slice();
  const pumpQmax = base.pumpQmax.slice();
  const pumpHmax = base.pumpHmax.slice();
  const pumpCurve = base.pumpCurve.slice();
  for (let k = 0; k < part.nLinks; k++) {
    const b = linkMap[k];
    diameter[b] = part.diameter[k];
    length[b] = part.length[k];
    roughness[b] = part.roughness[k];
    minorLoss[b] = part.minorLoss[k];
    resistance[b] = part.resistance[k];
    exponent[b] = part.exponent[k];
    linkViscosity[b] = part.linkViscosity[k];
    initStatus[b] = part.initStatus[k];
    initSetting[b] = part.initSetting[k];
    valveCurve[b] = part.valveCurve[k];
    const p = part.pumpOfLink[k];
    if (p >= 0) {
      const q = base.pumpOfLink[b];
      pumpKind[q] = part.pumpKind[p];
      pumpH0[q] = part.pumpH0[p];
      pumpR[q] = part.pumpR[p];
      pumpN[q] = part.pumpN[p];
      pumpQ0[q] = part.pumpQ0[p];
      pumpQmax[q] = part.pumpQmax[p];
      pumpHmax[q] = part.pumpHmax[p];
      pumpCurve[q] = part.pumpCurve[p];
    }
  }
  const elevation = base.elevation.slice();
  const fixedHead = base.fixedHead.slice();
  const demand = base.demand.slice();
  const emitterKe = base.emitterKe.slice();
  const tankMinHead = base.tankMinHead.slice();
  const tankMaxHead = base.tankMaxHead.slice();
  const tankCanOverflow = base.tankCanOverflow.slice();
  for (let i = 0; i < part.nNodes; i++) {
    const j = nodeMap[i];
    elevation[j] = part.elevation[i];
    fixedHead[j] = part.fixedHead[i];
    tankMinHead[j] = part.tankMinHead[i];
    tankMaxHead[j] = part.tankMaxHead[i];
    tankCanOverflow[j] = part.tankCanOverflow[i];
    if (i < part.nJunctions) {
      demand[j] = part.demand[i];
      emitterKe[j] = part.emitterKe[i];
    }
  }
  return {
    ...base,
    elevation, demand, emitterKe, fixedHead, tankMinHead, tankMaxHead, tankCanOverflow,
    diameter, length, roughness, minorLoss, resistance, exponent, linkViscosity, initStatus, initSetting, valveCurve,
    pumpKind, pumpH0, pumpR, pumpN, pumpQ0, pumpQmax, pumpHmax, pumpCurve,
  };
}
