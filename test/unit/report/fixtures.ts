// The default sample hall (optionally edited) solved once (loops + fast air), with verdicts and summary, for the report tests.
import { solveLoops } from '../../../workers/loop';
import { solveAir } from '../../../workers/airflow';
import { hallSummary, rackVerdicts } from '../../../workers/verdicts';
import type { HallDocument } from '../../../workers/model/schema';
import type { ReportResults } from '../../../workers/report';
import { sample } from '../loop/fixtures';

export function solvedSample(unitSystem: 'SI' | 'IP' = 'SI', edit?: (doc: HallDocument) => void): { doc: HallDocument; results: ReportResults } {
  const doc = { ...sample('ai-hall-mixed'), unitSystem };
  edit?.(doc);
  const loops = solveLoops(doc);
  const air = solveAir(doc, { mode: 'fast' });
  const verdicts = rackVerdicts(doc, air, loops);
  const summary = hallSummary(doc, air, loops);
  return { doc, results: { loops, air, verdicts, summary, airMode: 'fast' } };
}
