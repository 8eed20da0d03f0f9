// The .inp reader: bad input gives errors naming the line/element and the reason; unsupported
// features are refused, ignored sections are skipped.
import { describe, expect, it } from 'vitest';
import { readInp, solveInp } from '../../../workers/epanet';

const OK = `[JUNCTIONS]\nJ1 0 10\n[RESERVOIRS]\nR 100\n[PIPES]\nP1 R J1 1000 12 100\n[OPTIONS]\nUNITS GPM\n[END]\n`;

function errorsOf(inp: string): string[] {
  const r = readInp(inp);
  return r.ok ? [] : r.errors.map((e) => `${e.line ?? '-'}|${e.element ?? '-'}|${e.message}`);
}

describe('readInp', () => {
  it('reads a minimal network and skips ignored sections', () => {
    const r = readInp(`[TITLE]\nT\n[COORDINATES]\nJ1 1 2\n[VERTICES]\n[LABELS]\n[BACKDROP]\nUNITS None\n[TAGS]\n[QUALITY]\nJ1 1\n[REACTIONS]\nGlobal Bulk -1\n[SOURCES]\n[MIXING]\n[ENERGY]\nGlobal Price 0\n[TIMES]\nDuration 24\n[REPORT]\nStatus Yes\n${OK}`);
    expect(r.ok).toBe(true);
  });
  it('an unknown section names the line', () => {
    expect(errorsOf(`[JUNK]\nx\n${OK}`)[0]).toBe('1|-|unknown section [JUNK]');
  });
  it('a pipe to a node that does not exist', () => {
    expect(errorsOf(OK.replace('P1 R J1', 'P1 R J9'))[0]).toBe('6|P1|link P1: end node J9 does not exist');
  });
  it('a zero diameter', () => {
    expect(errorsOf(OK.replace('1000 12 100', '1000 0 100')).join()).toMatch(/P1: diameter must be positive/);
  });
  it('a rising pump curve', () => {
    const inp = OK.replace('[PIPES]', '[JUNCTIONS]\nJ2 0 0\n[PUMPS]\nPU J1 J2 HEAD C\n[CURVES]\nC 0 100\nC 10 120\nC 20 50\n[PIPES]\nP2 J2 R 10 12 100\n');
    expect(errorsOf(inp).join()).toMatch(/PU: pump curve cannot be fitted/);
  });
  it('a valve without a setting', () => {
    const inp = OK.replace('[PIPES]', '[JUNCTIONS]\nJ2 0 0\n[VALVES]\nV J1 J2 12 PRV\n[PIPES]\nP2 J2 R 10 12 100\n');
    expect(errorsOf(inp).join()).toMatch(/V: PRV valve needs a setting/);
  });
  it('an unknown pattern, curve and control link', () => {
    expect(errorsOf(OK.replace('J1 0 10', 'J1 0 10 NOPE')).join()).toMatch(/junction J1: pattern NOPE does not exist/);
    expect(errorsOf(`${OK.replace('[END]', '')}[CONTROLS]\nLINK P9 OPEN AT TIME 0\n[END]\n`).join()).toMatch(/P9.*the link does not exist/);
  });
  it('PRESSURE KPA applies to settings; reported pressures stay in psi (US) as labelled', () => {
    const inp = OK.replace('[PIPES]', '[JUNCTIONS]\nJ2 5 0\nJ3 0 500\n[VALVES]\nV J1 J2 12 PRV 137.9 0\n[PIPES]\nP2 J2 J3 1000 12 100\n').replace('UNITS GPM', 'UNITS GPM\nPRESSURE KPA');
    const r = solveInp(inp);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.snapshot.units.pressure).toBe('psi');
      expect(r.snapshot.nodes.J2.pressure).toBeCloseTo(20, 4); // 137.9 kPa
    }
  });
  it('refuses features it does not support rather than guessing', () => {
    expect(errorsOf(OK.replace('UNITS GPM', 'UNITS GPM\nDEMAND MODEL PDA')).join()).toMatch(/PDA.*not supported/);
  });
});
