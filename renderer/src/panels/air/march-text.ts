// The air panel's progress line for a running solve's march (workers/airflow/solver.ts MarchState): the step
// against the cap while the flow develops, then the average and how far its standard error is from the
// tolerance the solve stops at (and, until it is reached, the shortest average that may stop it), in the
// user's units.
import type { MarchState } from '../../../../workers/airflow/solver';
import type { QuantityKind } from '../../../../workers/model/quantity';

export function marchText(m: MarchState, fmt: (si: number, kind: QuantityKind, digits?: number) => string): string {
  if (m.averaged <= 0) return `step ${m.step} of at most ${m.maxSteps}`;
  const mean = `step ${m.step}, mean of ${m.averaged} steps`;
  if (m.stdError === null) return mean;
  const least = m.averaged < m.minAveraged ? `, after at least ${m.minAveraged} steps` : '';
  return `${mean} ±${fmt(m.stdError, 'temperatureDelta', 2)} (stops at ±${fmt(m.tolMean, 'temperatureDelta', 2)}${least})`;
}
