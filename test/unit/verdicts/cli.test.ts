// The CLI pieces: verdictsForCli's keys for `hallflow solve --json` (loops only: no air solves), the
// sweep command's argument errors and dispatch through cli/main.ts.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main';
import { verdictsForCli } from '../../../cli/sweep';
import { solveLoops } from '../../../workers/loop';
import { testHall } from '../../../workers/scenarios';
import { sample, sampleRack } from './fixtures';

describe('verdictsForCli', () => {
  it('adds verdicts, summary and a redundancy matrix without air solves when no air result is given', () => {
    const doc = sample('ai-hall-mixed');
    const hall = testHall(doc, sampleRack(doc, 'dlc'));
    const out = verdictsForCli(hall, solveLoops(hall), null);
    expect(out.verdicts.racks).toHaveLength(3);
    expect(out.verdicts.air).toBe('no air solve');
    expect(out.redundancy.cells).toHaveLength(out.redundancy.cases.length);
    expect(out.summary.power.cduPumps!).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(out)).redundancy.levels.length).toBe(5);
  });
});

describe('hallflow sweep', () => {
  it('rejects a missing --kind and is listed by the dispatcher', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await main(['sweep', 'x.hallflow.json'])).toBe(1);
    expect(await main(['sweep', 'x.hallflow.json', '--kind', 'power', '--cell', '9'])).toBe(1);
    expect(await main(['help'])).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toContain('sweep <project.hallflow.json> --kind power|fws');
    err.mockRestore();
    log.mockRestore();
  });
});
