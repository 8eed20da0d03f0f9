// Loop-result colour scales: cool–warm ends and neutral middle, the flow-share rack mode centred on 1 with
// the minimum share marked, return temperatures over at least 5 K, and legend ticks that fit the bar.
import { describe, expect, it } from 'vitest';
import type { CriteriaT } from '../../../workers/model/schema';
import { COLOUR_MODES } from '../../../renderer/src/scene/colours';
import { sampleCoolWarm } from '../../../renderer/src/scene/pipe-colormap';
import { legendTicks } from '../../../renderer/src/scene/pipe-legend';

const criteria = { minFlowShare: 0.9 } as CriteriaT;

describe('loop result colours', () => {
  it('cool–warm: blue at 0, neutral grey at 0.5, red at 1', () => {
    const c: [number, number, number] = [0, 0, 0];
    sampleCoolWarm(0, c);
    expect(c[2]).toBeGreaterThan(c[0]);
    sampleCoolWarm(0.5, c);
    expect(c[0]).toBeCloseTo(c[1], 6);
    expect(c[1]).toBeCloseTo(c[2], 6);
    sampleCoolWarm(1, c);
    expect(c[0]).toBeGreaterThan(c[2]);
  });

  it('flow share: symmetric around 1, starved racks warm, the minimum share marked', () => {
    const m = COLOUR_MODES.flowShare;
    if (m.kind !== 'result') throw new Error('flowShare is a result mode');
    const r = m.range([0.5, 1.7], criteria);
    expect((r.min + r.max) / 2).toBeCloseTo(1, 9);
    expect(r.min).toBeLessThan(0.9);
    expect(m.marker?.(criteria)).toEqual({ value: 0.9, label: 'min' });
    const low: [number, number, number] = [0, 0, 0];
    m.sample(0, low);
    expect(low[0]).toBeGreaterThan(low[2]);
  });

  it('return temperature: whole degrees over at least 5 K; racks without a value give null', () => {
    const m = COLOUR_MODES.returnTemp;
    if (m.kind !== 'result') throw new Error('returnTemp is a result mode');
    expect(m.range([48.6, 49.4], criteria)).toEqual({ min: 48, max: 53 });
    expect(m.range([40.2, 55.1], criteria)).toEqual({ min: 40, max: 56 });
    expect(m.value({ returnT: null } as never)).toBeNull();
  });

  it('legend ticks thin out when the labels are long', () => {
    expect(legendTicks(37.5, 48.5).values.length).toBeGreaterThanOrEqual(4);
    const wide = legendTicks(0, 7_685_630);
    expect(wide.values.reduce((s, v) => s + v.toFixed(wide.decimals).length + 1, 0) * 7).toBeLessThanOrEqual(200);
  });
});
