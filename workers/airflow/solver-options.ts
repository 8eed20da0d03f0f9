// The air solver's options (with the defaults the accurate mode builds on), what a solve reports while it
// runs (MarchState) and what it ends with besides its fields (statistics, a cancel, a divergence): the
// interface of solver.ts, apart from its marching. No DOM or Node imports.
import type { CaptureResult } from './capture';

export interface SolverOptions {
  maxSteps: number;
  /** Courant number of the pseudo-time step (semi-Lagrangian: > 1 is stable). */
  cfl: number;
  dtMax: number;
  tolMomentum: number;
  tolEnergy: number;
  /** Final projection of the returned (steady or mean) flow: Σ|D| ≤ tolContinuity · scales.flow. */
  tolContinuity: number;
  /** Pressure solves while marching: at most this, and 0.1 × the momentum residual of the last step.
   *  The next step's projection removes what this one left, so the error does not accumulate; the final
   *  projection tightens to tolContinuity. */
  tolContinuityMarch: number;
  /** Energy pseudo-time step as a multiple of dt (16 by default, 2 sweeps per step; was 4 and 1): the
   *  heat balance of the 69k-cell bench hall was still 6 % off after 200 steps at 4. A quasi-steady
   *  energy (∞) balances by step 10 but removes the thermal inertia that damps the buoyant feedback:
   *  the mirror-symmetric test hall's mean then lost its symmetry (0.7–0.9 K), so a finite step stays. */
  energyDtFactor: number;
  /** Symmetric Gauss–Seidel energy sweeps per step (warm-started from the previous step's field). */
  energySweeps: number;
  /** After this step of a solve from rest (0: never; not after a warm start), the energy is solved steady on
   *  the flow of that step (to 1e-4 of its first sweep's change, at most finalEnergySweeps), and the march
   *  goes on from that temperature. A hall starts at its supply temperature; heating its room through the
   *  pseudo-transient energy (energyDtFactor) is a transient of its own that can outlast the flow's. Only
   *  once: a steady energy at every step removes the thermal inertia that damps the buoyant feedback (see
   *  energyDtFactor). The accurate mode solves it at step 20 (index.ts ENERGY_SNAP_STEP). */
  energySnapStep: number;
  /** Steady energy solve on the final flow: max symmetric sweeps. */
  finalEnergySweeps: number;
  maccormack: boolean;
  /** Where the MacCormack value leaves the range of the forward trace's stencil: clamp it to that range
   *  (true; Selle et al. 2008) or revert to the first-order value there (false). Reverting is a switch
   *  that held the split Ghia cavity in a limit cycle; its extra first-order diffusion keeps the fast
   *  mode's flows steady (index.ts). */
  maccormackClamp: boolean;
  /** Half the step's diffusion, buoyancy and pressure impulse at the departure point of the
   *  semi-Lagrangian trace, half at the arrival point (the trapezoidal rule along the trajectory, as the
   *  two-time-level semi-Lagrangian schemes of weather models do: Staniforth & Côté 1991, Mon. Wea. Rev.
   *  119:2206). With all of them at the arrival point the steady state of the step, u = A(u) + dt·F, is
   *  U·∇u = F + (dt/2)·U·∇F + O(dt²): a streamwise error that grows with the step. Averaged along the
   *  trajectory it is O(dt²). */
  trajectorySources: boolean;
  diffusionSweeps: number;
  /** Fewest pseudo-time steps before the flow may be called statistically steady (development phase). */
  minSteps: number;
  /** Most steps of development: averaging starts here even if the window means still fluctuate by more
   *  than tolMonitor (an unsteady flow whose fluctuations exceed tolMonitor never gets calm; whether its
   *  mean is known is then decided by the batch-means test, tolMean). */
  developSteps: number;
  /** Most steps of development after a warm start (a previous solution on the same grid, whose flow is
   *  developed: what an edit changes crosses the hall in a few steps). The fast mode's 10 (index.ts)
   *  halves its update after an edit on the default sample hall; the accurate mode keeps developSteps
   *  (30 there moved warm-started results by up to +0.4 K against OpenFOAM). */
  warmDevelopSteps: number;
  /** Statistically steady when the window means of the rack intake and unit return temperatures move
   *  less than this (K) from one window to the next… */
  tolMonitor: number;
  /** …windows of this many steps, with the room energy balance within tolBalance. */
  monitorWindow: number;
  tolBalance: number;
  /** Averaging of a statistically steady but unsteady flow (jets, plumes): at most this many steps… */
  averageSteps: number;
  /** …at least this many (after a restart, at least as many as the drifting average it replaced)… */
  minAverageSteps: number;
  /** …stopping once the standard error of the time-mean of every monitor (rack intake, unit return),
   *  by batch means over batches of monitorWindow steps, longer where those are correlated
   *  (batch-means.ts), is below this (K). An average whose two halves
   *  differ by more than 3 standard errors + tolMean still holds the start-up transient: it restarts. */
  tolMean: number;
  /** A drifting average restarts only up to this step (and while an average as long as it is, at least
   *  minAverageSteps, is left before maxSteps; 0:
   *  never; Infinity, the default: only the latter bound);
   *  later it runs on to the standard error or the cap. A hall whose flow swings over hundreds of steps
   *  drifts between the halves of every short average: restarted each time, it keeps only the last few
   *  dozen steps (index.ts ACCURATE_OPTIONS). */
  restartSteps: number;
  /** Capture tracer (capture.ts) on the final flow: max symmetric sweeps (0 skips it)… */
  captureSweeps: number;
  /** …stopping when a sweep changes Σ|Δc|·a_P by less than this × scales.flow (1e-4; was 1e-6 until
   *  2026-11-28: measured against 1e-6 on the contained 69k bench hall and the small and dense reference
   *  halls, 1e-4 moves a rack's cold-aisle index by at most 9e-6 and its hot-aisle index by at most
   *  1.1e-4, well under the 0.1 % the indices are shown to, with 65 / 50 / 48 tracer sweeps instead of
   *  89 / 75 / 70). */
  tolCapture: number;
}

export const DEFAULT_SOLVER_OPTIONS: SolverOptions = {
  maxSteps: 200, cfl: 3, dtMax: 1, tolMomentum: 2e-3, tolEnergy: 2e-3, tolContinuity: 1e-5, tolContinuityMarch: 1e-3, energyDtFactor: 16, energySweeps: 2, energySnapStep: 0,
  finalEnergySweeps: 3000, maccormack: true, maccormackClamp: true, trajectorySources: true, diffusionSweeps: 2, minSteps: 20, developSteps: 100, warmDevelopSteps: 100,
  tolMonitor: 0.1, monitorWindow: 10, tolBalance: 0.02, averageSteps: 150, minAverageSteps: 40, tolMean: 0.15, restartSteps: Infinity,
  captureSweeps: 3000, tolCapture: 1e-4,
};

export interface Residuals {
  continuity: number; momentum: number; energy: number;
  /** Largest change of a rack intake or unit return temperature in the step, K. */
  monitor: number;
  /** (rack heat to room − unit loads) / rack heat. */
  balance: number;
}

export interface SolveStats {
  steps: number;
  converged: boolean;
  /** Steps averaged: 0 when the flow became steady, else the window of a statistically steady flow. */
  averagedSteps: number;
  residuals: Residuals;
  pressureIterations: number;
  finalEnergySweeps: number;
  /** Largest shift (K) of a monitor's window mean between the last two windows while the flow develops;
   *  once averaging, the largest standard error (K) of a monitor's time-mean (what tolMean tests). */
  monitorShift: number;
  /** Once averaging: the largest difference (K) between a monitor's mean over the second and the first
   *  half of the average (batch means), NaN before 4 batches. Well above tolMean, the flow was still
   *  developing (a slow drift that the batch-means standard error does not see: batches of a few steps
   *  are correlated far beyond their length in a hall whose flow settles over hundreds of steps). */
  meanDrift: number;
  /** Times the average was restarted because its halves disagreed (a drift left from the start-up). */
  averageRestarts: number;
  /** Sweeps of the steady energy solve at energySnapStep (0 when none ran). */
  snapEnergySweeps: number;
  /** Residual history, one entry per step. */
  history: Residuals[];
  /** Capture indices from the tracer on the final flow (null when skipped), with its sweeps and last change. */
  capture: CaptureResult | null;
  /** Threads that ran the step's phases (1: serial). */
  threads: number;
}

/** The solve stopped because its caller set the cancel flag (AirOptions.cancel), read at the start of each
 *  step, every 16 sweeps of the final energy solve and before the capture tracer (not while the problem is
 *  built, the slab workers join, the final projection runs or the capture tracer sweeps). */
export interface SolverCancelled {
  kind: 'cancelled';
  step: number;
  message: string;
}

export interface SolverFailure {
  kind: 'diverged';
  equation: 'momentum' | 'continuity' | 'energy';
  step: number;
  /** Cell (i, j, k) where the first non-finite or largest value sits. */
  cell: [number, number, number];
  message: string;
}

/** Where a march stands, for a progress line: the step, the cap, and once averaging the steps averaged and the
 *  standard error of their mean (null before 4 batches) against the tolerance the solve stops at (K). */
/** minAveraged: the shortest average that may stop the march (minAverageSteps; after a restart, as long as the
 *  average it replaced). */
export interface MarchState { step: number; maxSteps: number; averaged: number; stdError: number | null; tolMean: number; minAveraged: number }
export type SolverProgress = (fraction: number, stage: string, march?: MarchState) => void;
