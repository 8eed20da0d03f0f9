// Latest solver results of the open document, outside React state: the 3D scene reads them to colour
// pipes and racks, panels subscribe through useResults(). A result stays visible while a newer solve
// runs (marked stale), so the view never flickers to empty during edits.
import type { HallDocument } from '../../../workers/model/schema';
import type { LoopFailure, LoopResult } from '../../../workers/loop';
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

export interface ResultsState {
  readonly loop: SolveSlot<LoopResult, LoopFailure>;
  /** Automatic re-solve after edits. */
  readonly auto: boolean;
}

const empty = { status: 'idle', result: null, failure: null, error: null, doc: null, stale: false, progress: null } as const;

export class ResultsStore {
  private state: ResultsState = { loop: empty, auto: true };
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
  setAuto(auto: boolean): void {
    this.state = { ...this.state, auto };
    this.emit();
  }
  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}
