// The report's redundancy section on a hand-made matrix: racks that already fail in the design case are
// listed once; a failure case counts separately the racks it makes fail that pass in design; a group's
// "cases making a rack fail" lists only such cases.
import { describe, expect, it } from 'vitest';
import { redundancySection } from '../../../workers/report/sections-studies';
import type { ReportResults } from '../../../workers/report';
import type { RedundancyCell, RedundancyMatrix } from '../../../workers/verdicts/redundancy';
import type { Table } from '../../../workers/report';

const cell = (status: RedundancyCell['status'], worse = false, undecided = false): RedundancyCell => ({ status, governing: null, margin: null, worse, undecided });

describe('redundancy section', () => {
  // Racks R1..R3. Design: R1 fails. CRAH-1 lost: R1 and R2 fail (R2 is made worse). CRAH-2 lost: only R1.
  const m: RedundancyMatrix = {
    cases: [
      { id: 'design', kind: 'design', failed: [], label: 'design (all equipment running)' },
      { id: 'CRAH-1', kind: 'cooling-unit', failed: ['CRAH-1'], label: 'cooling unit CRAH-1 failed' },
      { id: 'CRAH-2', kind: 'cooling-unit', failed: ['CRAH-2'], label: 'cooling unit CRAH-2 failed' },
    ],
    rackIds: ['R1', 'R2', 'R3'],
    cells: [
      [cell('fail'), cell('pass'), cell('pass')],
      [cell('fail'), cell('fail', true), cell('pass', false, true)],
      [cell('fail'), cell('pass'), cell('pass')],
    ],
    design: { failing: ['R1'], incomplete: [] },
    levels: [{ kind: 'cooling-unit', installed: 2, level: 'N', failingCases: ['CRAH-1'], capacity: 2e5, load: 1e5 }],
  };
  const s = redundancySection({ redundancy: m } as unknown as ReportResults)!;
  const text = s.blocks.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text).join('\n');
  const table = (id: string) => s.blocks.find((b): b is Table => b.type === 'table' && b.id === id)!;

  it('lists the design failures once', () => {
    expect(text).toContain('1 rack already fails with everything running (R1)');
  });
  it('counts per case the racks a failure makes fail', () => {
    const rows = table('redundancy-cases').rows;
    expect(rows.map((r) => [r.fail, r.worse])).toEqual([[1, 0], [2, 1], [1, 0]]);
    expect(table('redundancy-levels').rows[0]).toMatchObject({ level: 'N', failing: 'CRAH-1' });
  });
  it('counts per case the racks whose inlet margin is undecided (inside the air figure), whatever their verdict', () => {
    expect(table('redundancy-cases').rows.map((r) => r.undecided)).toEqual([0, 1, 0]);
    expect(text).toContain('Undecided: racks with an inlet margin inside the air solve');
  });
});
