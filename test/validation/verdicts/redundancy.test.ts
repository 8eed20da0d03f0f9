// Redundancy matrix on a small DLC test row (3 racks, one CDU with 2 duty + 1 standby pumps, one CRAH):
// shape of the matrix, and the known failing case — failing the CDU of a DLC row fails its racks.
import { describe, expect, it } from 'vitest';
import { testHall } from '../../../workers/scenarios/test-hall';
import { assembleRedundancy, failureCases, redundancyJobs, runRedundancyBatch } from '../../../workers/verdicts';
import { sample, sampleRack } from '../../unit/verdicts/fixtures';

describe('redundancy', () => {
  const doc = sample('ai-hall-mixed');
  const hall = testHall(doc, sampleRack(doc, 'dlc'));

  it('lists one case per failable item after the design case', () => {
    const cases = failureCases(hall);
    // design + 1 CRAH + 1 CDU + 3 CDU pumps + 4 plant units + 3 plant pumps
    expect(cases.map((c) => c.id)).toEqual(['design', 'T-U1', 'T-CDU', 'T-CDU/pump1', 'T-CDU/pump2', 'T-CDU/pump3',
      'plant/unit1', 'plant/unit2', 'plant/unit3', 'plant/unit4', 'plant/pump1', 'plant/pump2', 'plant/pump3']);
    expect(redundancyJobs(hall).every((j) => j.scenario.failed.length === j.failure.failed.length)).toBe(true);
  });

  it('fails the DLC racks when their CDU fails; a pump trip is covered by the standby (N+1)', () => {
    const progress: number[] = [];
    const m = runRedundancyBatch(hall, (p) => progress.push(p.done), { cellSize: 0.6 });
    expect(progress).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(m.cells.length).toBe(13);
    expect(m.cells.every((row) => row.length === 3)).toBe(true);
    const row = (id: string) => m.cells[m.cases.findIndex((c) => c.id === id)];
    expect(row('design').map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
    expect(row('T-CDU').map((c) => c.status)).toEqual(['fail', 'fail', 'fail']);
    expect(row('T-CDU')[0].governing).toBe('coolant-flow');
    expect(row('T-CDU/pump1').map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
    expect(row('T-U1').every((c) => c.status === 'fail')).toBe(true); // the only CRAH: no air moves
    const level = (k: string) => m.levels.find((l) => l.kind === k)!.level;
    expect(level('cdu')).toBe('N');
    expect(level('cdu-pump')).not.toBe('N');
    expect(level('cooling-unit')).toBe('N');
  });

  it('assembles in any order (parallel workers finish out of order)', () => {
    const jobs = redundancyJobs(hall, { cellSize: 0.6 }).filter((j) => j.failure.kind !== 'cooling-unit');
    const results = jobs.map((j) => j.run()).reverse();
    const m = assembleRedundancy(hall, results);
    expect(m.cells[m.cases.findIndex((c) => c.id === 'T-CDU')].every((c) => c.status === 'fail')).toBe(true);
  });
});
