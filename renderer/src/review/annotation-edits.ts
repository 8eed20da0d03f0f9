// Review comments of the document (doc.annotations): pure edits for store.apply() and where a pin stands.
// A pin is attached to an object (drawn on top of it, following it when it moves) or to a point
// (model coordinates x, y, z in m).
import type { AnnotationT, HallDocument } from '../../../workers/model/schema';
import { allIds, freshId } from '../document/edits';
import { findObject } from '../document/geometry';

export interface NewAnnotation {
  author: string;
  text: string;
  objectId: string | null;
  point: [number, number, number];
  created: string;
}

export function addAnnotation(doc: HallDocument, a: NewAnnotation): { doc: HallDocument; id: string } {
  const id = freshId('AN', allIds(doc));
  const ann: AnnotationT = { id, author: a.author, created: a.created, text: a.text, status: 'open', objectId: a.objectId, point: a.point, replies: [] };
  return { doc: { ...doc, annotations: [...doc.annotations, ann] }, id };
}

function update(doc: HallDocument, id: string, fn: (a: AnnotationT) => AnnotationT): HallDocument {
  const i = doc.annotations.findIndex((a) => a.id === id);
  if (i < 0) return doc;
  const annotations = doc.annotations.slice();
  annotations[i] = fn(annotations[i]);
  return { ...doc, annotations };
}

export function setAnnotationStatus(doc: HallDocument, id: string, status: AnnotationT['status']): HallDocument {
  return update(doc, id, (a) => (a.status === status ? a : { ...a, status }));
}

export function addReply(doc: HallDocument, id: string, reply: AnnotationT['replies'][number]): HallDocument {
  return update(doc, id, (a) => ({ ...a, replies: [...a.replies, reply] }));
}

export function deleteAnnotation(doc: HallDocument, id: string): HallDocument {
  const annotations = doc.annotations.filter((a) => a.id !== id);
  return annotations.length === doc.annotations.length ? doc : { ...doc, annotations };
}

/** Top of an object (height, m) for pins on objects; 0 when it has none. */
function objectTop(o: Record<string, unknown>): number {
  return typeof o.height === 'number' ? o.height : 0;
}

/** Where the pin stands (model x, y, z): on top of its object when that still exists, else at its point. */
export function pinPosition(doc: HallDocument, a: AnnotationT): [number, number, number] {
  if (a.objectId) {
    const f = findObject(doc, a.objectId);
    const o = f?.object as (Record<string, unknown> & { x?: number; y?: number }) | undefined;
    if (o && typeof o.x === 'number' && typeof o.y === 'number') return [o.x, o.y, objectTop(o)];
  }
  return a.point;
}

/** An anchor point for a new annotation on an object (its centre on top), or null for objects without one. */
export function objectAnchor(doc: HallDocument, objectId: string): [number, number, number] | null {
  const o = findObject(doc, objectId)?.object as (Record<string, unknown> & { x?: number; y?: number }) | undefined;
  if (!o || typeof o.x !== 'number' || typeof o.y !== 'number') return null;
  return [o.x, o.y, objectTop(o)];
}
