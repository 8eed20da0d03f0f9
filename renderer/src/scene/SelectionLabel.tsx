// A name tag above the selection (HTML overlay via drei <Html>, no fonts fetched): the object's name for
// one selected object, "N selected" over the centre of a multiple selection. Re-renders only when the
// selection changes; its anchor follows moves by direct writes on store updates (no React render per move).
import { useEffect, useRef, type CSSProperties } from 'react';
import { useThree } from '@react-three/fiber';
import { Html } from '@react-three/drei';
import type { Group } from 'three';
import type { HallDocument } from '../../../workers/model/schema';
import { useDocumentState, useDocumentStore } from '../document/context';
import { findObject } from '../document/geometry';
import { forEachMarked } from './Selection';

const tag: CSSProperties = {
  transform: 'translate(-50%, -100%)',
  marginTop: -8,
  padding: '2px 7px',
  borderRadius: 4,
  background: 'rgba(31, 41, 51, 0.88)',
  color: '#fff',
  font: '600 11px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif',
  whiteSpace: 'nowrap',
  pointerEvents: 'none',
  userSelect: 'none',
};

/** Top centre of the selected objects' boxes (plan x, y and top height), or null when none is found. */
export function selectionAnchor(doc: HallDocument, ids: ReadonlySet<string>): [number, number, number] | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let top = 0;
  forEachMarked(doc, (id) => ids.has(id), (_id, x, y, _r, _w, h) => {
    n++;
    sx += x;
    sy += y;
    top = Math.max(top, h);
  });
  return n ? [sx / n, sy / n, top] : null;
}

export function SelectionLabel() {
  const store = useDocumentStore();
  const selection = useDocumentState((s) => s.selection);
  const invalidate = useThree((s) => s.invalidate);
  const anchor = useRef<Group>(null);
  const single = selection.length === 1 ? findObject(store.getState().doc, selection[0]) : null;
  const text = single
    ? String((single.object as { name?: string }).name || single.object.id)
    : `${selection.length} selected`;

  useEffect(() => {
    if (selection.length === 0) return;
    const ids = new Set(selection);
    let doc: HallDocument | null = null;
    const place = () => {
      const d = store.getState().doc;
      if (d === doc) return;
      doc = d;
      const a = selectionAnchor(d, ids);
      const g = anchor.current;
      if (!g) return;
      g.visible = a !== null;
      if (a) g.position.set(a[0], a[2] + 0.25, -a[1]);
      invalidate();
    };
    place();
    return store.subscribe(place);
  }, [store, selection, invalidate]);

  if (selection.length === 0) return null;
  return (
    <group ref={anchor}>
      <Html zIndexRange={[5, 0]} style={{ pointerEvents: 'none' }}>
        <div style={tag} data-testid="selection-label">{text}</div>
      </Html>
    </group>
  );
}
