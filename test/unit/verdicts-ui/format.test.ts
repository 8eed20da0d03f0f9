// Verdict formatting helpers: margin kinds and signs with units (SI and IP), counts per verdict, sorting.
import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../../workers/units';
import type { RackVerdict, VerdictCheck } from '../../../workers/verdicts';
import { countVerdicts, formatMargin, governingText, marginKind, sortVerdicts } from '../../../renderer/src/panels/verdicts/format';
import { verdictKey } from '../../../renderer/src/panels/verdicts/snapshot';

const si = { fmt: (v: number, k: Parameters<typeof formatQuantity>[1], d?: number) => formatQuantity(v, k, 'SI', d === undefined ? {} : { digits: d }) };
const ip = { fmt: (v: number, k: Parameters<typeof formatQuantity>[1], d?: number) => formatQuantity(v, k, 'IP', d === undefined ? {} : { digits: d }) };

function check(id: VerdictCheck['id'], quantity: VerdictCheck['quantity'], margin: number | null, normalised: number | null): VerdictCheck {
  return { id, label: id, status: margin === null ? 'not-evaluated' : margin >= 0 ? 'pass' : 'fail', required: true, quantity, value: 0, limit: 0, margin, normalised, reason: '' };
}
function rack(id: string, status: RackVerdict['status'], gov: VerdictCheck | null, mode: RackVerdict['mode'] = 'dlc'): RackVerdict {
  return { rackId: id, mode, verdict: status === 'fail' ? 'not-coolable' : mode, status, governing: gov?.id ?? null, governingMargin: gov?.margin ?? null, checks: gov ? [gov] : [], reasons: [], undecided: false };
}

describe('margins', () => {
  it('shows temperature margins as differences and ratios as percentages', () => {
    expect(marginKind('temperature')).toBe('temperatureDelta');
    expect(marginKind('ratio')).toBe('fraction');
    expect(marginKind('power')).toBe('power');
  });
  it('signs margins and converts units: −2.3 K is −4.1 °F of difference, not a temperature', () => {
    expect(formatMargin(si, -2.3, 'temperature')).toBe('−2.3 K');
    expect(formatMargin(ip, -2.3, 'temperature')).toBe('−4.1 °F');
    expect(formatMargin(si, 270e3, 'power')).toBe('+270 kW');
    expect(formatMargin(si, 0.05, 'ratio')).toBe('+5.00 %');
    expect(formatMargin(si, null, 'power')).toBe('–');
    expect(formatMargin(si, 0, 'temperature')).toBe('0.0 K');
  });
  it('names the governing check with its margin', () => {
    expect(governingText(si, 'case-temperature', -3.2)).toBe('case T −3.2 K');
    expect(governingText(si, null, null)).toBe('–');
  });
});

describe('counts and order', () => {
  const a = rack('R-A2', 'pass', check('air-capacity', 'power', 1e5, 0.5));
  const b = rack('R-A10', 'fail', check('inlet-recommended', 'temperature', -2, -0.2), 'air');
  const c = rack('R-A1', 'incomplete', null, 'air');
  const d = rack('R-B1', 'pass', check('case-temperature', 'temperature', 1, 0.1));
  it('counts per verdict add up to the rack count, and pass + fail + incomplete too', () => {
    const n = countVerdicts([a, b, c, d]);
    expect(n.dlc).toBe(2);
    expect(n['not-coolable']).toBe(1);
    expect(n.incomplete).toBe(1);
    expect(n['not-evaluated']).toBe(1);
    expect(n.air).toBe(0);
    expect(n.pass + n.fail + n.incomplete).toBe(4);
    expect(n.air + n['air-containment'] + n['air-rear-door'] + n.hybrid + n.dlc + n['not-coolable'] + n['not-evaluated']).toBe(n.total);
    expect(verdictKey(c)).toBe('not-evaluated');
  });
  const rows = [a, b, c, d].map((v) => ({ verdict: v, name: v.rackId }));
  it('sorts names naturally (R-A2 before R-A10)', () => {
    expect(sortVerdicts(rows, 'name', 'asc').map((r) => r.name)).toEqual(['R-A1', 'R-A2', 'R-A10', 'R-B1']);
  });
  it('sorts failing first by status, and by normalised governing margin with missing margins last', () => {
    expect(sortVerdicts(rows, 'status', 'asc').map((r) => r.name)).toEqual(['R-A10', 'R-A1', 'R-A2', 'R-B1']);
    expect(sortVerdicts(rows, 'margin', 'asc').map((r) => r.name)).toEqual(['R-A10', 'R-B1', 'R-A2', 'R-A1']);
    expect(sortVerdicts(rows, 'margin', 'desc').map((r) => r.name)).toEqual(['R-A2', 'R-B1', 'R-A10', 'R-A1']);
  });
});
