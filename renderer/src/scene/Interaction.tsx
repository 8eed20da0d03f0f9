// Pointer interaction with the scene (native listeners on the canvas container, capture phase, so the
// camera controls can be switched off before they see a press we own):
// - click an object selects it; shift/ctrl/cmd-click toggles it; click on empty floor clears;
// - drag a selected object (plan view: any object) moves the selection as one undo step
//   (store.begin → preview(moveObjects …) per move → commit on release; Escape cancels);
// - drag on empty floor in plan view, or shift-drag in orbit view, box-selects (BoxSelect.ts);
//   plan: plain = replace, shift = add, ctrl/cmd = toggle; orbit: shift = replace, shift+ctrl = add;
// - with view state `floorPick` set, a click on the floor calls it with plan (x, y) and does nothing else.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Plane, Raycaster, Vector2, Vector3, type Intersection } from 'three';
import type { HallDocument } from '../../../workers/model/schema';
import type { SelectMode } from '../document/store';
import { moveObjects } from '../document/edits';
import { tileSize } from '../document/geometry';
import { useDocumentStore } from '../document/context';
import { useViewStore } from '../app/view-store';
import { BoxSelectOverlay, footprintCentres, idsInScreenRect } from './BoxSelect';
import { useSceneBus, type Pickable } from './scene-context';

const DRAG_PX = 4;

type Gesture =
  | { kind: 'pick' } // floor pick: click only; in orbit a drag still turns the camera
  | { kind: 'object'; id: string; wasSelected: boolean; planeY: number } // may become a move
  | { kind: 'toggle'; id: string; box: SelectMode | null } // modifier click on an object; may become a box
  | { kind: 'clickObject'; id: string } // orbit, unselected object: click selects, drag turns the camera
  | { kind: 'empty'; box: SelectMode | null } // empty floor: click clears; drag = box (when box set) or camera
  | { kind: 'move' }
  | { kind: 'box'; mode: SelectMode };

interface Controls {
  enabled: boolean;
}

export function Interaction() {
  const store = useDocumentStore();
  const view = useViewStore();
  const bus = useSceneBus();
  const get = useThree((s) => s.get);

  useEffect(() => {
    const three = get();
    const el = (three.events.connected as HTMLElement | undefined) ?? three.gl.domElement.parentElement ?? three.gl.domElement;
    const overlay = new BoxSelectOverlay(el);
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const plane = new Plane(new Vector3(0, 1, 0), 0);
    const point = new Vector3();
    const hits: Intersection[] = [];
    let rect = el.getBoundingClientRect();
    let g: Gesture | null = null;
    let sx = 0;
    let sy = 0;
    let moved = false;
    // drag state, reused for every pointer move (no allocation beyond the document edit)
    let startX = 0;
    let startY = 0;
    let dx = 0;
    let dy = 0;
    let grid = 0;
    let ids: readonly string[] = [];
    let dragPlaneY = 0;
    const recipe = (doc: HallDocument) => moveObjects(doc, ids, dx, dy, grid);

    const controls = () => get().controls as unknown as Controls | null;
    const setControls = (on: boolean) => {
      const c = controls();
      if (c) c.enabled = on;
      bus.interacting = !on;
    };
    const aim = (cx: number, cy: number) => {
      ndc.set(((cx - rect.left) / rect.width) * 2 - 1, -((cy - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, get().camera);
    };
    /** Plan point under the pointer on the horizontal plane at scene height y (false if parallel/behind). */
    const floorAt = (y: number, out: [number, number]): boolean => {
      plane.constant = -y;
      if (!raycaster.ray.intersectPlane(plane, point)) return false;
      out[0] = point.x;
      out[1] = -point.z;
      return true;
    };
    const pick = (): { id: string; y: number } | null => {
      let best: { id: string; y: number; d: number } | null = null;
      let fallback: { id: string; y: number; d: number } | null = null;
      for (const p of bus.pickables as Set<Pickable>) {
        hits.length = 0;
        raycaster.intersectObject(p.object, true, hits);
        for (const h of hits) {
          const id = p.idAt(h);
          if (!id) continue;
          const isContainment = h.object.parent?.name === 'containment';
          const cand = { id, y: h.point.y, d: h.distance };
          if (isContainment) {
            if (!fallback || cand.d < fallback.d) fallback = cand;
          } else if (!best || cand.d < best.d) best = cand;
          break; // hits are sorted: the first with an id is this pickable's nearest
        }
      }
      const r = best ?? fallback;
      return r ? { id: r.id, y: r.y } : null;
    };
    const plan2: [number, number] = [0, 0];

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || g) return;
      rect = el.getBoundingClientRect();
      sx = e.clientX;
      sy = e.clientY;
      moved = false;
      const v = view.getState();
      const isPlan = v.camera === 'plan';
      const mod = e.ctrlKey || e.metaKey;
      aim(e.clientX, e.clientY);
      if (v.floorPick) {
        g = { kind: 'pick' };
        if (isPlan) setControls(false);
      } else {
        const hit = pick();
        const boxMode: SelectMode | null = isPlan
          ? (mod ? 'toggle' : e.shiftKey ? 'add' : 'replace')
          : e.shiftKey ? (mod ? 'add' : 'replace') : null;
        if (hit && (e.shiftKey || mod)) g = { kind: 'toggle', id: hit.id, box: boxMode };
        else if (hit) {
          const wasSelected = store.getState().selection.includes(hit.id);
          if (isPlan || wasSelected) {
            if (!wasSelected) store.select([hit.id]);
            g = { kind: 'object', id: hit.id, wasSelected, planeY: hit.y };
          } else g = { kind: 'clickObject', id: hit.id };
        } else g = { kind: 'empty', box: boxMode };
        if (g.kind === 'object' || g.kind === 'toggle' || (g.kind === 'empty' && g.box)) setControls(false);
      }
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
    };

    const onMove = (e: PointerEvent) => {
      if (!g) return;
      if (!moved && Math.hypot(e.clientX - sx, e.clientY - sy) < DRAG_PX) return;
      const first = !moved;
      moved = true;
      if (first) {
        if (g.kind === 'object') {
          aim(sx, sy);
          if (!floorAt(g.planeY, plan2)) return end();
          startX = plan2[0];
          startY = plan2[1];
          const doc = store.getState().doc;
          ids = store.getState().selection;
          grid = view.getState().snap ? tileSize(doc) : 0;
          store.begin('Move');
          el.style.cursor = 'grabbing';
          dragPlaneY = g.planeY;
          g = { kind: 'move' };
        } else if ((g.kind === 'toggle' || g.kind === 'empty') && g.box) g = { kind: 'box', mode: g.box };
      }
      if (g.kind === 'move') {
        if (!store.getState().transacting) return end(); // undo or a load ended the transaction
        aim(e.clientX, e.clientY);
        if (!floorAt(dragPlaneY, plan2)) return;
        dx = plan2[0] - startX;
        dy = plan2[1] - startY;
        store.preview(recipe);
      } else if (g.kind === 'box') {
        overlay.show({ x0: sx - rect.left, y0: sy - rect.top, x1: e.clientX - rect.left, y1: e.clientY - rect.top });
        get().invalidate();
      }
    };

    const onUp = (e: PointerEvent) => {
      const cur = g;
      if (!cur) return;
      if (cur.kind === 'move') {
        if (store.getState().transacting) store.commit();
      } else if (cur.kind === 'box') {
        selectBox(cur.mode, e.clientX - rect.left, e.clientY - rect.top);
      } else if (!moved) {
        if (cur.kind === 'pick') {
          aim(e.clientX, e.clientY);
          const fp = view.getState().floorPick;
          if (fp && floorAt(0, plan2)) fp(plan2[0], plan2[1]);
        } else if (cur.kind === 'object') {
          if (cur.wasSelected && store.getState().selection.length > 1) store.select([cur.id]);
        } else if (cur.kind === 'toggle') store.select([cur.id], 'toggle');
        else if (cur.kind === 'clickObject') store.select([cur.id]);
        else if (cur.kind === 'empty' && !(e.shiftKey || e.ctrlKey || e.metaKey)) store.select([]);
      }
      end();
    };

    const selectBox = (mode: SelectMode, x1: number, y1: number) => {
      const { camera, size } = get();
      const v = new Vector3();
      const found = idsInScreenRect(footprintCentres(store.getState().doc), { x0: sx - rect.left, y0: sy - rect.top, x1, y1 }, (x, y, out) => {
        v.set(x, 0, -y).project(camera);
        if (v.z > 1 || v.z < -1) return false;
        out[0] = ((v.x + 1) / 2) * size.width;
        out[1] = ((1 - v.y) / 2) * size.height;
        return true;
      });
      store.select(found, mode);
    };

    const end = () => {
      g = null;
      overlay.hide();
      el.style.cursor = view.getState().floorPick ? 'crosshair' : '';
      setControls(true);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      get().invalidate();
    };
    const onCancel = () => {
      if (g?.kind === 'move' && store.getState().transacting) store.cancel();
      end();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !g) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      onCancel();
    };
    const onView = () => {
      if (!g) el.style.cursor = view.getState().floorPick ? 'crosshair' : '';
    };

    onView();
    el.addEventListener('pointerdown', onDown, { capture: true });
    window.addEventListener('keydown', onKey, { capture: true });
    const unsubView = view.subscribe(onView);
    return () => {
      if (g) onCancel();
      el.removeEventListener('pointerdown', onDown, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
      unsubView();
      overlay.dispose();
      el.style.cursor = '';
    };
  }, [store, view, bus, get]);

  return null;
}
