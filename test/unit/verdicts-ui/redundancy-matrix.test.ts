// Redundancy matrix layout: racks grouped by row in natural order (no-row racks last), cases by kind with
// the design first, and the count of racks that fail only because of a failure.
import { describe, expect, it } from 'vitest';
import type { FailureCase, RedundancyMatrix } from '../../../workers/verdicts';
import { caseOrder, columnGroups, newlyFailing } from '../../../renderer/src/panels/verdicts/redundancy-matrix';

describe('redundancy matrix layout', () => {
  const racks = [
    { id: 'b2', name: 'B-2', rowId: 'rb' }, { id: 'a10', name: 'A-10', rowId: 'ra' }, { id: 'x', name: 'Lone', rowId: null },
    { id: 'a2', name: 'A-2', rowId: 'ra' }, { id: 'b1', name: 'B-1', rowId: 'rb' },
  ];
  const rows = [{ id: 'rb', name: 'Row B' }, { id: 'ra', name: 'Row A' }];
  it('groups columns by row, rows by name, racks naturally, keeping the matrix index', () => {
    const g = columnGroups(racks.map((r) => r.id), racks, rows);
    expect(g.map((x) => x.name)).toEqual(['Row A', 'Row B', 'No row']);
    expect(g[0].racks.map((r) => r.name)).toEqual(['A-2', 'A-10']);
    expect(g[0].racks.map((r) => r.index)).toEqual([3, 1]);
    expect(g.flatMap((x) => x.racks).length).toBe(racks.length);
  });
  const cases: FailureCase[] = [
    { id: 'CDU-B', kind: 'cdu', failed: ['CDU-B'], label: '' }, { id: 'CRAH-2', kind: 'cooling-unit', failed: ['CRAH-2'], label: '' },
    { id: 'design', kind: 'design', failed: [], label: '' }, { id: 'CRAH-10', kind: 'cooling-unit', failed: ['CRAH-10'], label: '' },
  ];
  it('puts the design case first, then kinds in order, ids naturally', () => {
    expect(caseOrder(cases).map((i) => cases[i].id)).toEqual(['design', 'CRAH-2', 'CRAH-10', 'CDU-B']);
  });
  it('counts the racks a case makes worse (flagged by assembleRedundancy), not those failing by design', () => {
    const cell = (status: 'pass' | 'fail' | 'incomplete', worse = false) => ({ status, governing: null, margin: null, worse, undecided: false });
    const m: RedundancyMatrix = {
      cases, rackIds: ['r1', 'r2', 'r3'], levels: [], design: { failing: ['r2'], incomplete: [] },
      cells: [[cell('fail', true), cell('fail'), cell('pass')], [cell('pass'), cell('pass'), cell('pass')], [cell('pass'), cell('fail'), cell('pass')], [cell('pass'), cell('pass'), cell('incomplete')]],
    };
    expect(newlyFailing(m, 0)).toBe(1); // r2 fails by design already
    expect(newlyFailing(m, 1)).toBe(0);
  });
});
