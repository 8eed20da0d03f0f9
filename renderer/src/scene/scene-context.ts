// Per-scene shared objects (one per <HallScene />, no module state): the pick registry that the pointer
// interaction raycasts against, the live colour range of the racks for the legend, and the state of an
// interaction in progress. React reaches them through SceneContext; the hot paths use them directly.
import { createContext, useContext } from 'react';
import type { Intersection, Object3D } from 'three';

export interface Pickable {
  readonly object: Object3D;
  /** The document id under a ray hit on object (null: not an object of ours). */
  idAt(hit: Intersection): string | null;
}

export interface RackRange {
  readonly min: number;
  readonly max: number;
}

export class SceneBus {
  readonly pickables = new Set<Pickable>();
  private range: RackRange = { min: 0, max: 0 };
  private readonly rangeListeners = new Set<() => void>();
  /** True while the pointer is dragging objects or a selection box (camera controls are off). */
  interacting = false;

  addPickable(p: Pickable): () => void {
    this.pickables.add(p);
    return () => this.pickables.delete(p);
  }

  getRange = (): RackRange => this.range;

  setRange(min: number, max: number): void {
    if (min === this.range.min && max === this.range.max) return;
    this.range = { min, max };
    for (const l of [...this.rangeListeners]) l();
  }

  subscribeRange = (l: () => void): (() => void) => {
    this.rangeListeners.add(l);
    return () => this.rangeListeners.delete(l);
  };
}

export const SceneContext = createContext<SceneBus | null>(null);

export function useSceneBus(): SceneBus {
  const bus = useContext(SceneContext);
  if (!bus) throw new Error('useSceneBus outside <HallScene />');
  return bus;
}
