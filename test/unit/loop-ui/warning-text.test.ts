// Loop warnings in the project's units: the engine's template filled with each value formatted by
// workers/units (SI and IP), the SI message unchanged as the fallback; conversions checked against the
// definitions (1 US gal = 3.785411784 L, °F = °C·9/5 + 32).
import { describe, expect, it } from 'vitest';
import { solveLoops } from '../../../workers/loop';
import { formatQuantity } from '../../../workers/units';
import { warningText } from '../../../renderer/src/panels/loop/LoopWarnings';
import { oneRowHall } from '../loop/fixtures';

describe('loop warning text in project units', () => {
  const doc = oneRowHall(4);
  const cdu = doc.cdus[0].id;
  const r = solveLoops(doc, { overrides: { [`${cdu}/valve-p`]: { kv: 1 } } });
  if (!r.ok) throw new Error('solve failed');
  const w = r.warnings.find((x) => x.code === 'primary-starved')!;

  it('carries a template and typed values next to the SI message', () => {
    expect(w.template).toBeDefined();
    expect(w.values!.map((v) => v.quantity)).toEqual(['liquidFlow', 'liquidFlow', 'power', 'liquidFlow', 'temperature']);
    expect(w.message).toContain(`${(w.values![0].value * 60000).toFixed(1)} L/min`);
  });

  it('formats the values in IP units (GPM, °F) and SI units by formatQuantity', () => {
    const ip = warningText(w, { fmt: (v, k) => formatQuantity(v, k, 'IP') });
    const gpm = (w.values![1].value * 1000 * 60) / 3.785411784;
    expect(ip).toContain(`${Math.round(gpm).toLocaleString('en')} GPM`);
    expect(ip).toContain(`${((w.values![4].value * 9) / 5 + 32).toFixed(1)} °F`);
    expect(ip).not.toMatch(/L\/min/);
    const si = warningText(w, { fmt: (v, k) => formatQuantity(v, k, 'SI') });
    expect(si).toMatch(/L\/min/);
    expect(warningText({ ...w, template: undefined }, { fmt: () => 'x' })).toBe(w.message);
  });
});
