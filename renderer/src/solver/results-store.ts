// Latest solver results of the open document, outside React state: the 3D scene reads them to colour
// pipes and racks, panels subscribe through useResults(). A result stays visible while a newer solve
// runs (marked stale), so the view never flickers to empty during edits.
import type { HallDocument } from '../../../workers/model/schema';
import type { LoopFailure, LoopResult } from '../../../workers/loop';
import type { AirView } from '../../../workers/api';
import type { AirFailure } from '../../../workers/airflow';
import type { Progress } from './pool';

export interface SolveSlot<R, F> {
  readonly status: 'idle' | 'running' | 'done' | 'failed' | 'error';
  readonly result: R | null;
  readonly failure: F | null;
  /** Unexpected engine error (a bug or a crashed worker), shown as such. */
  readonly error: string | null;
  /** The document the result belongs to. */
  readonly doc: HallDocument | null;
  readonly stale: boolean;
  readonly progress: Progress | null;
}

export type AirMode = 'fast' | 'accurate';

/** The room-air slot: the loop slot's shape plus the mode that produced the result, the mode of the solve
 *  in progress, and the last on-demand request (air-solver.tsx runs it). */
export interface AirSlot extends SolveSlot<AirView, AirFailure> {
  readonly mode: AirMode | null;
  readonly runningMode: AirMode | null;
  readonly request: { readonly mode: AirMode; readonly seq: number } | null;
  /** Automatic fast re-solve after edits. */
  readonly auto: boolean;
}

export interface ResultsState {
  readonly loop: SolveSlot<LoopResult, LoopFailure>;
  readonly air: AirSlot;
  /** Automatic re-solve after edits. */
  readonly auto: boolean;
}

const empty = { status: 'idle', result: null, failure: null, error: null, doc: null, stale: false, progress: null } as const;

export class ResultsStore {
  private state: ResultsState = { loop: empty, air: { ...empty, mode: null, runningMode: null, request: null, auto: true }, auto: true };
  private readonly listeners = new Set<() => void>();
  getState = (): ResultsState => this.state;
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  patchLoop(p: Partial<ResultsState['loop']>): void {
    this.state = { ...this.state, loop: { ...this.state.loop, ...p } };
    this.emit();
  }
  patchAir(p: Partial<AirSlot>): void {
    this.state = { ...this.state, air: { ...this.state.air, ...p } };
    this.emit();
  }
  /** Asks AirAutoSolver for a solve in this mode now (cancels one in progress). */
  requestAir(mode: AirMode): void {
    this.patchAir({ request: { mode, seq: (this.state.air.request?.seq ?? 0) + 1 } });
  }
  setAuto(auto: boolean): void {
    this.state = { ...this.state, auto };
    this.emit();
  }
  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}
