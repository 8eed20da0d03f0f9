// The couplings that close the room model: racks (fixed-flow fans: exhaust T = mean intake T +
// Q_air/(ρ·cp·V), minus what a rear door removes by ε-NTU), cooling units (supply at setpoint; load
// ρ·cp·V·(T_return − T_supply) capped at capacity, above which the supply temperature rises; a unit
// never heats), the raised-floor plenum (one uniform plenum pressure, tile flow from ΔP = K·½ρv²; the
// uniform-plenum assumption of VanGilder & Schmidt 2005 / Han et al. 2021, REFERENCE.md §8) and the
// inflow term of the energy equation. Units: W, K, m³/s, Pa.
import type { AirProblem } from './problem';
import { patchMeanT } from './problem';
import { rearDoorHeat } from './hx';

export interface CouplingState {
  rackIntakeT: Float64Array; rackExhaustT: Float64Array; rackDoorHeat: Float64Array;
  unitReturnT: Float64Array; unitSupplyT: Float64Array; unitLoad: Float64Array; unitOverCapacity: Uint8Array;
  plenumT: number;
  /** Plenum gauge pressure relative to the room pressure reference, Pa. */
  plenumPressure: number;
}

export function allocCouplings(p: AirProblem): CouplingState {
  const nr = p.racks.length, nu = p.units.length;
  return {
    rackIntakeT: new Float64Array(nr).fill(p.t0), rackExhaustT: new Float64Array(nr).fill(p.t0), rackDoorHeat: new Float64Array(nr),
    unitReturnT: new Float64Array(nu).fill(p.t0), unitSupplyT: new Float64Array(nu).fill(p.t0), unitLoad: new Float64Array(nu),
    unitOverCapacity: new Uint8Array(nu), plenumT: p.t0, plenumPressure: 0,
  };
}

/** Updates rack exhaust and unit supply temperatures from the field `t`, and the patch temperatures. */
export function updateCouplings(p: AirProblem, t: Float64Array, cs: CouplingState): void {
  const rc = p.physics.density * p.physics.cp;
  for (let r = 0; r < p.racks.length; r++) {
    const rack = p.racks[r];
    if (rack.flow <= 0) continue;
    const tin = patchMeanT(p.patches[rack.intake], t);
    const cAir = rc * rack.flow;
    const hot = tin + rack.heat / cAir;
    const door = rack.door ? rearDoorHeat(rack.door.ua, cAir, hot, rack.door.waterCapacityRate, rack.door.waterTemp) : 0;
    cs.rackIntakeT[r] = tin;
    cs.rackDoorHeat[r] = door;
    cs.rackExhaustT[r] = hot - door / cAir;
    p.patchT[rack.exhaust] = cs.rackExhaustT[r];
  }
  let plenumFlow = 0, plenumHeat = 0;
  for (let n = 0; n < p.units.length; n++) {
    const unit = p.units[n];
    if (unit.flow <= 0) continue;
    let tr = 0, share = 0;
    for (let q = 0; q < unit.returns.length; q++) {
      tr += unit.returnShare[q] * patchMeanT(p.patches[unit.returns[q]], t);
      share += unit.returnShare[q];
    }
    tr /= share;
    const c = rc * unit.flow;
    let ts = Math.min(unit.setpoint, tr);
    let load = c * (tr - ts);
    cs.unitOverCapacity[n] = 0;
    if (load > unit.capacity) {
      load = unit.capacity;
      ts = tr - load / c;
      cs.unitOverCapacity[n] = 1;
    }
    cs.unitReturnT[n] = tr;
    cs.unitSupplyT[n] = ts;
    cs.unitLoad[n] = load;
    if (unit.supply >= 0) p.patchT[unit.supply] = ts;
    else { plenumFlow += unit.flow; plenumHeat += unit.flow * ts; }
  }
  if (p.plenum && plenumFlow > 0) {
    cs.plenumT = plenumHeat / plenumFlow;
    for (const tile of p.plenum.tiles) p.patchT[tile] = cs.plenumT;
  }
}

/** bDyn = Σ over inflow patch faces of |F|·T_patch (m³/s·K). */
export function fillInflow(p: AirProblem, bDyn: Float64Array): void {
  for (const patch of p.patches) for (let q = 0; q < patch.cell.length; q++) bDyn[patch.cell[q]] = 0;
  for (let n = 0; n < p.patches.length; n++) {
    const patch = p.patches[n];
    if (!(patch.flow > 0) || patch.area <= 0) continue;
    const s = (patch.flow / patch.area) * p.patchT[n];
    for (let q = 0; q < patch.cell.length; q++) bDyn[patch.cell[q]] += s * patch.faceArea[q];
  }
}

/**
 * Redistributes the plenum's flow over its tiles for room pressures `pRoom` (Pa, one per tile): finds the
 * plenum pressure P with Σ A_i·√(2(P − p_i)/(ρK_i)) = Q by bisection and relaxes tile flows toward it.
 */
export function updatePlenum(p: AirProblem, pRoom: Float64Array, cs: CouplingState, relax: number): void {
  const pl = p.plenum;
  if (!pl) return;
  let q = 0;
  for (const u of pl.units) q += p.units[u].flow;
  const rho = p.physics.density;
  const flowAt = (P: number): number => {
    let s = 0;
    for (let i = 0; i < pl.tiles.length; i++) {
      const dp = P - pRoom[i];
      if (dp > 0) s += pl.tileArea[i] * Math.sqrt((2 * dp) / (rho * pl.tileK[i]));
    }
    return s;
  };
  let lo = Infinity;
  for (let i = 0; i < pRoom.length; i++) lo = Math.min(lo, pRoom[i]);
  let hi = lo + 1;
  while (flowAt(hi) < q && hi - lo < 1e7) hi = lo + 2 * (hi - lo);
  for (let it = 0; it < 80; it++) {
    const mid = 0.5 * (lo + hi);
    if (flowAt(mid) < q) lo = mid; else hi = mid;
  }
  const P = 0.5 * (lo + hi);
  cs.plenumPressure = P;
  let total = 0;
  for (let i = 0; i < pl.tiles.length; i++) {
    const dp = P - pRoom[i];
    const target = dp > 0 ? pl.tileArea[i] * Math.sqrt((2 * dp) / (rho * pl.tileK[i])) : 0;
    const patch = p.patches[pl.tiles[i]];
    patch.flow += relax * (target - patch.flow);
    total += patch.flow;
  }
  // keep Σ tiles = Σ units exactly (mass balance of the closed room)
  if (total > 0) for (const t of pl.tiles) p.patches[t].flow *= q / total;
}
