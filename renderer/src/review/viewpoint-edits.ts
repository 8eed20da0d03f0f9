// Viewpoints of the document (doc.viewpoints, ordered: the guided tour follows this order): pure edits for
// store.apply(), and the conversion between a camera pose (scene coordinates) and a saved viewpoint
// (model coordinates x, y, z in m, schema.ts). A viewpoint at eye height is replayed in walk mode.
import type { HallDocument, ViewpointT } from '../../../workers/model/schema';
import { allIds, freshId } from '../document/edits';
import { planToScene, sceneToPlan } from '../scene/coords';
import type { Pose } from './camera-tween';
import type { CameraMode } from '../app/view-store';
import { EYE_HEIGHT } from './walker';

/** Highest camera z the schema accepts (m). */
const MAX_Z = 100;

/** A viewpoint from a scene pose; a camera above MAX_Z is moved along its view ray to fit the schema. */
export function viewpointFromPose(pose: Pose, id: string, name: string, note = ''): ViewpointT {
  let p = sceneToPlan(...pose.position);
  const t = sceneToPlan(...pose.target);
  if (p[2] > MAX_Z && p[2] !== t[2]) {
    const k = (p[2] - MAX_Z) / (p[2] - t[2]);
    p = [p[0] + (t[0] - p[0]) * k, p[1] + (t[1] - p[1]) * k, MAX_Z];
  }
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return { id, name, note, position: [r(p[0]), r(p[1]), r(p[2])], target: [r(t[0]), r(t[1]), r(t[2])] };
}

export function poseOfViewpoint(v: ViewpointT): { pose: Pose; mode: CameraMode } {
  const pose: Pose = { position: planToScene(...v.position), target: planToScene(...v.target) };
  return { pose, mode: Math.abs(v.position[2] - EYE_HEIGHT) < 0.05 ? 'walk' : 'orbit' };
}

export function addViewpoint(doc: HallDocument, pose: Pose): { doc: HallDocument; id: string } {
  const id = freshId('VP', allIds(doc));
  const vp = viewpointFromPose(pose, id, `View ${doc.viewpoints.length + 1}`);
  return { doc: { ...doc, viewpoints: [...doc.viewpoints, vp] }, id };
}

export function updateViewpoint(doc: HallDocument, id: string, patch: Partial<Pick<ViewpointT, 'name' | 'note'>>): HallDocument {
  const i = doc.viewpoints.findIndex((v) => v.id === id);
  if (i < 0) return doc;
  const cur = doc.viewpoints[i];
  if ((patch.name ?? cur.name) === cur.name && (patch.note ?? cur.note) === cur.note) return doc;
  const viewpoints = doc.viewpoints.slice();
  viewpoints[i] = { ...cur, ...patch };
  return { ...doc, viewpoints };
}

export function deleteViewpoint(doc: HallDocument, id: string): HallDocument {
  const viewpoints = doc.viewpoints.filter((v) => v.id !== id);
  return viewpoints.length === doc.viewpoints.length ? doc : { ...doc, viewpoints };
}

/** Moves a viewpoint one place earlier (−1) or later (+1) in the tour. */
export function moveViewpoint(doc: HallDocument, id: string, by: -1 | 1): HallDocument {
  const i = doc.viewpoints.findIndex((v) => v.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= doc.viewpoints.length) return doc;
  const viewpoints = doc.viewpoints.slice();
  [viewpoints[i], viewpoints[j]] = [viewpoints[j], viewpoints[i]];
  return { ...doc, viewpoints };
}
