// patchNetwork: a network patched with a part holding a few changed links equals the network built in
// full from the changed input (every numeric array), shares the symbolic structure, and refuses a part
// whose topology does not fit.
import { describe, expect, it } from 'vitest';
import { NetworkBuilder, patchNetwork, type HydraulicNetwork } from '../../../workers/hydraulics';

function ring(d2: number, pumpHead: number): NetworkBuilder {
  return new NetworkBuilder({ headloss: 'D-W', viscosity: 1e-6 })
    .addReservoir('T', { head: 20 })
    .addJunction('A', { elevation: 0 }).addJunction('B', { elevation: 1 }).addJunction('C', { elevation: 2 })
    .addPipe('t', 'T', 'A', { length: 1, diameter: 0.05, roughness: 4.5e-5 })
    .addPump('p', 'A', 'B', { curve: [[0.01, pumpHead]] })
    .addPipe('ab', 'B', 'C', { length: 20, diameter: d2, roughness: 4.5e-5, minorLoss: 2 })
    .addComponent('plate', 'C', 'A', { coefficient: 3e5, exponent: 1.85 });
}

function built(b: NetworkBuilder, reuse?: HydraulicNetwork): HydraulicNetwork {
  const r = b.build(reuse);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.network;
}

describe('patchNetwork', () => {
  it('equals the full build of the changed input and shares the symbolic structure', () => {
    const a = built(ring(0.08, 12));
    const full = built(ring(0.1, 15));
    const part = built(new NetworkBuilder({ headloss: 'D-W', viscosity: 1e-6 })
      .addJunction('A', { elevation: 0 }).addJunction('B', { elevation: 1 }).addJunction('C', { elevation: 2 })
      .addPump('p', 'A', 'B', { curve: [[0.01, 15]] })
      .addPipe('ab', 'B', 'C', { length: 20, diameter: 0.1, roughness: 4.5e-5, minorLoss: 2 }));
    const link = (id: string) => a.linkIndex.get(id)!;
    const node = (id: string) => a.nodeIndex.get(id)!;
    const p = patchNetwork(a, part, Int32Array.from([link('p'), link('ab')]), Int32Array.from(part.nodeIds.map(node)));
    expect(p).not.toBeNull();
    for (const key of ['diameter', 'length', 'roughness', 'minorLoss', 'resistance', 'exponent', 'linkViscosity', 'initStatus', 'initSetting',
      'pumpH0', 'pumpR', 'pumpN', 'pumpQ0', 'pumpQmax', 'pumpHmax', 'elevation', 'fixedHead'] as const) {
      expect(Array.from(p![key] as ArrayLike<number>), key).toEqual(Array.from(full[key] as ArrayLike<number>));
    }
    expect(p!.symbolic).toBe(a.symbolic);
    expect(p!.pattern).toBe(a.pattern);
    expect(Array.from(a.diameter)).not.toEqual(Array.from(full.diameter)); // the base is not modified
    expect(built(ring(0.1, 15), a).symbolic).toBe(a.symbolic); // a full build with the same topology shares it too
  });

  it('refuses a part that does not fit (other ends)', () => {
    const a = built(ring(0.08, 12));
    const part = built(new NetworkBuilder({ headloss: 'D-W', viscosity: 1e-6 })
      .addJunction('A', { elevation: 0 }).addJunction('C', { elevation: 2 })
      .addPipe('ab', 'A', 'C', { length: 20, diameter: 0.1, roughness: 4.5e-5 }));
    const node = (id: string) => a.nodeIndex.get(id)!;
    expect(patchNetwork(a, part, Int32Array.from([a.linkIndex.get('ab')!]), Int32Array.from(part.nodeIds.map(node)))).toBeNull();
  });
});
