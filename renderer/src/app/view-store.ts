// View state of one window: camera mode, rack colouring, active tool, floor picking, flagged objects.
// Not part of the document and never recorded in undo history.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { DEFAULT_AIR_LAYERS, type AirLayerSettings } from '../scene/air-layer-settings';
import type { VerdictSnapshot } from '../panels/verdicts/snapshot';
import { ReviewStore } from '../review/review-store';

/** 'walk': first-person walkthrough at eye height (review/, scene/review-walk.tsx). */
export type CameraMode = 'orbit' | 'plan' | 'walk';
export type RackColorBy = 'cooling' | 'itLoad' | 'airHeat' | 'liquidHeat' | 'returnTemp' | 'flowShare' | 'verdict';
/** Pipes of the latest liquid-loop result: hidden, or coloured by mean temperature, velocity or flow. */
export type PipeColorBy = 'off' | 'temperature' | 'velocity' | 'flow';

export interface ViewState {
  readonly camera: CameraMode;
  readonly colorBy: RackColorBy;
  /** When set, a click on the floor calls it with plan coordinates (m) instead of selecting. */
  readonly floorPick: ((x: number, y: number) => void) | null;
  readonly floorPickLabel: string | null;
  /** Objects with design issues (out of hall, overlapping): drawn with a warning tint. */
  readonly flagged: ReadonlySet<string>;
  /** Snap moves to the tile grid. */
  readonly snap: boolean;
  /** Bumped to ask the camera to frame the whole hall. */
  readonly fitRequest: number;
  /** Room-air result layers: heatmap slice, velocity arrows, rack intake faces. */
  readonly air: AirLayerSettings;
  /** Pipe layer of the liquid-loop result. */
  readonly pipes: PipeColorBy;
  /** Latest per-rack verdicts of the open document (VerdictEvaluator, panels/verdicts); null before the first. */
  readonly verdicts: VerdictSnapshot | null;
}

export class ViewStore {
  private state: ViewState = {
    camera: 'orbit',
    colorBy: 'cooling',
    floorPick: null,
    floorPickLabel: null,
    flagged: new Set(),
    snap: true,
    fitRequest: 0,
    air: DEFAULT_AIR_LAYERS,
    pipes: 'temperature',
    verdicts: null,
  };
  /** Design-review tools of this window (walkthrough, viewpoints, measure, presentation). */
  readonly review = new ReviewStore();
  private readonly listeners = new Set<() => void>();
  getState = (): ViewState => this.state;
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  set(patch: Partial<ViewState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }
}

export const ViewStoreContext = createContext<ViewStore | null>(null);

export function useViewStore(): ViewStore {
  const v = useContext(ViewStoreContext);
  if (!v) throw new Error('useViewStore outside ViewStoreContext');
  return v;
}

export function useViewState<T>(select: (s: ViewState) => T): T {
  const v = useViewStore();
  return useSyncExternalStore(v.subscribe, () => select(v.getState()));
}
