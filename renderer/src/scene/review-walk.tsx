// The walkthrough controller (view state camera === 'walk'): WASD / arrow keys move and turn the walker
// (Shift runs), the mouse looks around — with pointer lock after a double-click where the browser allows
// it, otherwise by dragging on the canvas. The walker collides with racks, cooling units, CDUs, columns
// and walls (review/walk-collision.ts). Keys it owns are taken in a window capture listener
// (preventDefault + stopPropagation) so the app's shortcuts (nudge, rotate, add row…) never see them.
// Frames are rendered on demand: only while a key is held or the view turns.
// Fit (F / the Fit button) while walking: the walker flies to stand in front of the selection at eye height,
// facing it, on a free spot (review/walk-fit.ts); with nothing selected, back to the start spot with the
// longest clear view. It goes through the review store's flight (CameraRig tweens the eye there).
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { HallDocument } from '../../../workers/model/schema';
import { useViewStore } from '../app/view-store';
import { useDocumentStore } from '../document/context';
import { useReview } from '../review/use-review';
import { buildObstacles, moveWalker, WALKER_RADIUS, type Obstacles } from '../review/walk-collision';
import { clampPitch, EYE_HEIGHT, intentOf, stepOf, TURN_RATE, WALK_KEYS, WALK_SPEEDS, walkerPose, type Intent, type Walker } from '../review/walker';
import { standInFront } from '../review/walk-fit';
import { placeWalker } from '../review/walk-start';
import { useSceneBus } from './scene-context';

const LOOK_RAD_PER_PX = 0.004;

export function ReviewWalk() {
  const view = useViewStore();
  const review = useReview();
  const store = useDocumentStore();
  const bus = useSceneBus();
  const get = useThree((s) => s.get);
  const held = useMemo(() => new Set<string>(), []);
  const intent = useMemo<Intent>(() => ({ forward: 0, strafe: 0, turn: 0, run: false }), []);
  const step = useMemo<[number, number]>(() => [0, 0], []);
  const obstacles = useRef<{ doc: HallDocument | null; obs: Obstacles | null }>({ doc: null, obs: null });
  const looked = useRef(false);

  useEffect(() => {
    const three = get();
    const el = (three.events.connected as HTMLElement | undefined) ?? three.gl.domElement;
    const walking = () => view.getState().camera === 'walk';
    const typing = (e: Event) => {
      const t = e.target as HTMLElement | null;
      return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (!walking() || typing(e) || e.ctrlKey || e.metaKey || e.altKey || !WALK_KEYS.has(e.code)) return;
      e.preventDefault();
      e.stopPropagation();
      held.add(e.code);
      get().invalidate();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (!held.delete(e.code)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const clear = () => held.clear();
    const look = (dx: number, dy: number) => {
      const w = review.walker;
      w.yaw -= dx * LOOK_RAD_PER_PX;
      w.pitch = clampPitch(w.pitch - dy * LOOK_RAD_PER_PX);
      looked.current = true;
      get().invalidate();
    };
    let drag: { x: number; y: number } | null = null;
    const onDown = (e: PointerEvent) => {
      if (!walking() || document.pointerLockElement === el) return;
      drag = { x: e.clientX, y: e.clientY };
    };
    const onMove = (e: PointerEvent) => {
      if (!walking()) return;
      if (document.pointerLockElement === el) return look(e.movementX, e.movementY);
      if (!drag || bus.interacting || e.buttons === 0) return;
      look(e.clientX - drag.x, e.clientY - drag.y);
      drag = { x: e.clientX, y: e.clientY };
    };
    const onUp = () => {
      drag = null;
    };
    const onDbl = () => {
      if (!walking() || document.pointerLockElement === el) return;
      try {
        const r = el.requestPointerLock() as unknown as Promise<void> | undefined;
        r?.catch?.(() => undefined); // not allowed here (e.g. headless): dragging still looks around
      } catch {
        /* pointer lock unavailable: drag-to-look fallback */
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('keyup', onKeyUp, { capture: true });
    window.addEventListener('blur', clear);
    el.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    el.addEventListener('dblclick', onDbl);
    let fitSeen = view.getState().fitRequest;
    const unsub = view.subscribe(() => {
      const { fitRequest } = view.getState();
      if (!walking()) {
        fitSeen = fitRequest;
        held.clear();
        if (document.pointerLockElement === el) document.exitPointerLock();
        return;
      }
      if (fitRequest === fitSeen) return;
      fitSeen = fitRequest;
      const { doc, selection } = store.getState();
      const goal: Walker = { ...review.walker };
      if (selection.length === 0 || !standInFront(doc, selection, goal)) placeWalker(doc, goal);
      review.flyTo(walkerPose(goal), 'walk');
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp, { capture: true });
      window.removeEventListener('blur', clear);
      el.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      el.removeEventListener('dblclick', onDbl);
      unsub();
    };
  }, [get, view, review, bus, held, store]);

  useFrame((s, delta) => {
    if (view.getState().camera !== 'walk' || review.tween.active) return;
    const w = review.walker;
    const dt = Math.min(delta, 0.25);
    intentOf(held, intent);
    const moving = intent.forward !== 0 || intent.strafe !== 0;
    if (intent.turn !== 0) w.yaw += intent.turn * TURN_RATE * dt;
    if (moving) {
      const doc = store.getState().doc;
      const cache = obstacles.current;
      if (cache.doc !== doc || !cache.obs) {
        cache.doc = doc;
        cache.obs = buildObstacles(doc);
      }
      stepOf(w, intent, WALK_SPEEDS[review.getState().walkSpeed], dt, step);
      moveWalker(cache.obs, w.x, w.y, step[0], step[1], WALKER_RADIUS, step);
      w.x = step[0];
      w.y = step[1];
    }
    if (!moving && intent.turn === 0 && !looked.current) return;
    looked.current = false;
    const cp = Math.cos(w.pitch);
    s.camera.position.set(w.x, EYE_HEIGHT, -w.y);
    s.camera.lookAt(w.x + 10 * Math.cos(w.yaw) * cp, EYE_HEIGHT + 10 * Math.sin(w.pitch), -(w.y + 10 * Math.sin(w.yaw) * cp));
    review.walkerMoved();
    if (held.size > 0) s.invalidate();
  });

  return null;
}
