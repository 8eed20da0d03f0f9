// Energy balance along the flow: mixing at a junction (Σṁ·cp·T / Σṁ·cp, computed by hand from the
// REFERENCE.md §4 properties) and heat added in a link, on a hand-made network.
import { describe, expect, it } from 'vitest';
import { NetworkBuilder } from '../../../workers/hydraulics';
import { coolantProperties } from '../../../workers/fluids';
import { EnthalpyTable } from '../../../workers/loop/enthalpy';
import { HeatSweep } from '../../../workers/loop/heat';

function network() {
  const b = new NetworkBuilder({ headloss: 'D-W' })
    .addReservoir('A', { head: 10 }).addReservoir('B', { head: 10 })
    .addJunction('J', { elevation: 0 }).addJunction('C', { elevation: 0 }).addJunction('D', { elevation: 0 })
    .addPipe('a', 'A', 'J', { length: 1, diameter: 0.05, roughness: 1e-5 })
    .addPipe('b', 'B', 'J', { length: 1, diameter: 0.05, roughness: 1e-5 })
    .addPipe('c', 'J', 'C', { length: 1, diameter: 0.05, roughness: 1e-5 })
    .addComponent('plate', 'C', 'D', { coefficient: 1e4, exponent: 1.85 });
  const built = b.build();
  if (!built.ok) throw new Error('build');
  return built.network;
}

describe('HeatSweep', () => {
  const net = network();
  const table = new EnthalpyTable('PG25');
  const L = (id: string) => net.linkIndex.get(id)!;
  const N = (id: string) => net.nodeIndex.get(id)!;
  const flow = new Float64Array(net.nLinks);
  flow[L('a')] = 2e-3; flow[L('b')] = 1e-3; flow[L('c')] = 3e-3; flow[L('plate')] = 3e-3;
  const rho = new Float64Array(net.nLinks).fill(1010);
  const heat = new Float64Array(net.nLinks);
  heat[L('plate')] = 50e3;
  const fallback = new Float64Array(net.nNodes);
  fallback[N('A')] = table.enthalpy(30);
  fallback[N('B')] = table.enthalpy(50);
  const sweep = new HeatSweep(net);
  sweep.run(flow, rho, heat, new Float64Array(net.nLinks).fill(NaN), fallback);

  it('mixes two streams as Σṁ·cp·T / Σṁ·cp (cp of each stream taken between its T and the mix)', () => {
    // Energy: Σ ṁ_i·c̄p_i·(T_i − T_mix) = 0 with c̄p_i the mean cp over [T_i, T_mix] (≈ cp at the midpoint).
    let tMix = 40;
    for (let i = 0; i < 20; i++) {
      const ca = coolantProperties('PG25', (30 + tMix) / 2).cp;
      const cb = coolantProperties('PG25', (50 + tMix) / 2).cp;
      tMix = (2 * ca * 30 + 1 * cb * 50) / (2 * ca + 1 * cb);
    }
    const T = table.temperature(sweep.nodeH[N('J')]);
    expect(Math.abs(T - tMix)).toBeLessThan(2e-3);
    // cp at the stream temperatures instead differs by only ~0.03 K over this 20 K spread
    const naive = (2 * coolantProperties('PG25', 30).cp * 30 + coolantProperties('PG25', 50).cp * 50) / (2 * coolantProperties('PG25', 30).cp + coolantProperties('PG25', 50).cp);
    expect(Math.abs(T - naive)).toBeLessThan(0.05);
    expect(table.temperature(sweep.nodeH[N('C')])).toBeCloseTo(T, 9);
  });
  it('adds link heat as q / (ṁ·cp)', () => {
    const tIn = table.temperature(sweep.nodeH[N('C')]);
    const tOut = table.temperature(sweep.nodeH[N('D')]);
    const cp = table.meanCp(tIn, tOut);
    expect(3e-3 * 1010 * cp * (tOut - tIn)).toBeCloseTo(50e3, 6);
    expect(tOut - tIn).toBeCloseTo(50e3 / (3e-3 * 1010 * coolantProperties('PG25', (tIn + tOut) / 2).cp), 2);
  });
  it('conserves energy exactly (Σ in + heat = out)', () => {
    const hin = 2e-3 * 1010 * table.enthalpy(30) + 1e-3 * 1010 * table.enthalpy(50) + 50e3;
    expect(3e-3 * 1010 * sweep.nodeH[N('D')]).toBeCloseTo(hin, 4);
  });
  it('enthalpy table inverts', () => {
    for (const T of [-5, 12.3, 41, 59.99, 75]) expect(table.temperature(table.enthalpy(T))).toBeCloseTo(T, 9);
  });
});
