// Per-window state of the design-review tools (one instance per ViewStore, no module state): walk speed,
// the walker, camera flights, measurement, annotation placing, the guided tour and presentation mode.
// React reads the slow-changing part through useReviewState(); the walker moves every frame and is
// read directly (minimap and walk controller subscribe with onWalker), never through React state.
import { useSyncExternalStore } from 'react';
import { CameraTween, type Pose } from './camera-tween';
import type { Walker, WalkSpeed } from './walker';
import type { CameraMode } from '../app/view-store';

export interface ReviewState {
  readonly walkSpeed: WalkSpeed;
  /** Two floor points of the measure tool (plan m); a null end while picking. */
  readonly measure: { readonly a: readonly [number, number] | null; readonly b: readonly [number, number] | null } | null;
  /** Draw clearances of aisles narrower than the criterion. */
  readonly aisleCheck: boolean;
  /** Index into doc.viewpoints of the tour stop on screen, or null outside a tour. */
  readonly tourIndex: number | null;
  readonly presenting: boolean;
  /** Bumped when a camera flight is requested (CameraRig picks up the goal). */
  readonly goalSeq: number;
  /** Annotation shown highlighted (flown to from the list, or its pin clicked in 3D). */
  readonly focusedAnnotation: string | null;
  /** Bumped when a pin is clicked in 3D: the Review tab opens and the list scrolls to the focused comment. */
  readonly revealSeq: number;
}

export interface CameraGoal {
  pose: Pose;
  mode: CameraMode;
}

export class ReviewStore {
  private state: ReviewState = {
    walkSpeed: 'normal', measure: null, aisleCheck: false, tourIndex: null, presenting: false, goalSeq: 0, focusedAnnotation: null, revealSeq: 0,
  };
  private readonly listeners = new Set<() => void>();
  private readonly walkerListeners = new Set<() => void>();
  private goal: CameraGoal | null = null;
  /** The walker; valid once walk mode has been entered. Mutated in place by the walk controller. */
  readonly walker: Walker = { x: 0, y: 0, yaw: Math.PI / 2, pitch: 0 };
  walkerPlaced = false;
  /** The live camera pose, provided by the scene while mounted (for saving viewpoints). */
  currentPose: (() => Pose) | null = null;
  /** Grabs the canvas as PNG bytes, provided by the scene while mounted. */
  capture: (() => Promise<Uint8Array | null>) | null = null;
  /** Client (CSS px) position of a plan point on the floor, provided by the scene (tests, overlays). */
  screenOf: ((x: number, y: number, z?: number) => [number, number] | null) | null = null;
  /** The camera transition in progress (advanced by scene/review-camera.tsx). */
  readonly tween = new CameraTween();

  getState = (): ReviewState => this.state;
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  set(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  /** Asks the camera to fly to a pose in the given mode (CameraRig switches mode if needed). */
  flyTo(pose: Pose, mode: CameraMode): void {
    this.goal = { pose, mode };
    this.set({ goalSeq: this.state.goalSeq + 1 });
  }
  /** The pending flight goal, once. */
  takeGoal(): CameraGoal | null {
    const g = this.goal;
    this.goal = null;
    return g;
  }
  peekGoal(): CameraGoal | null {
    return this.goal;
  }
  /** Focuses a comment from its pin and asks the UI to show it in the list (Review tab). */
  revealAnnotation(id: string): void {
    this.set({ focusedAnnotation: id, revealSeq: this.state.revealSeq + 1 });
  }

  onWalker = (l: () => void): (() => void) => {
    this.walkerListeners.add(l);
    return () => this.walkerListeners.delete(l);
  };
  walkerMoved(): void {
    for (const l of [...this.walkerListeners]) l();
  }
}

export function useReviewState<T>(review: ReviewStore, select: (s: ReviewState) => T): T {
  return useSyncExternalStore(review.subscribe, () => select(review.getState()));
}
