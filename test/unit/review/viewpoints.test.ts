// Viewpoints and comments as document edits, the walker's eye pose: saving a camera pose and flying back
// to it is lossless (to the mm), eye-height views replay in walk mode, very high cameras are moved down
// their view ray to fit the schema, and comment edits are pure.
import { describe, expect, it } from 'vitest';
import { addViewpoint, deleteViewpoint, moveViewpoint, poseOfViewpoint, updateViewpoint, viewpointFromPose } from '../../../renderer/src/review/viewpoint-edits';
import { addAnnotation, addReply, pinPosition, setAnnotationStatus } from '../../../renderer/src/review/annotation-edits';
import { lookAngles, stepOf, walkerPose } from '../../../renderer/src/review/walker';
import { hallWith } from './fixtures';

describe('viewpoints', () => {
  it('round-trips a pose through the document (scene ↔ model coordinates)', () => {
    const pose = { position: [-4, 12, 6] as const, target: [7.8, 0, -8.1] as const };
    const vp = viewpointFromPose(pose, 'VP-1', 'A');
    expect(vp.position).toEqual([-4, -6, 12]);
    const back = poseOfViewpoint(vp);
    expect(back.mode).toBe('orbit');
    expect(back.pose.position).toEqual([-4, 12, 6]);
    expect(back.pose.target).toEqual([7.8, 0, -8.1]);
  });
  it('replays eye-height views in walk mode and clamps very high cameras along the ray', () => {
    expect(poseOfViewpoint(viewpointFromPose(walkerPose({ x: 3, y: 4, yaw: 1, pitch: 0 }), 'v', 'w')).mode).toBe('walk');
    const high = viewpointFromPose({ position: [0, 200, 0], target: [10, 0, 0] }, 'v', 'h');
    expect(high.position[2]).toBe(100);
    expect(high.position[0]).toBeCloseTo(5, 9);
  });
  it('adds, renames, reorders and deletes', () => {
    let doc = hallWith([]);
    const a = addViewpoint(doc, { position: [0, 5, 0], target: [1, 0, -1] });
    const b = addViewpoint(a.doc, { position: [0, 5, 0], target: [2, 0, -2] });
    doc = updateViewpoint(b.doc, a.id, { name: 'Entrance', note: 'Start here' });
    expect(doc.viewpoints[0]).toMatchObject({ name: 'Entrance', note: 'Start here' });
    doc = moveViewpoint(doc, b.id, -1);
    expect(doc.viewpoints.map((v) => v.id)).toEqual([b.id, a.id]);
    expect(deleteViewpoint(doc, a.id).viewpoints.map((v) => v.id)).toEqual([b.id]);
    expect(updateViewpoint(doc, a.id, { name: 'Entrance' })).toBe(doc);
  });
});

describe('walker', () => {
  it('looks where its pose says and walks forward along its heading', () => {
    const w = { x: 2, y: 3, yaw: Math.PI / 2, pitch: 0.2 };
    const a = lookAngles(walkerPose(w));
    expect(a.yaw).toBeCloseTo(w.yaw, 9);
    expect(a.pitch).toBeCloseTo(w.pitch, 9);
    const d: [number, number] = [0, 0];
    stepOf(w, { forward: 1, strafe: 0, turn: 0, run: false }, 1.4, 0.5, d);
    expect(d[0]).toBeCloseTo(0, 9);
    expect(d[1]).toBeCloseTo(0.7, 9);
  });
});

describe('comments', () => {
  it('pins to an object (following it) or a point; status and replies are edits', () => {
    const doc0 = hallWith([{ id: 'R1', x: 4, y: 5 }]);
    const r = addAnnotation(doc0, { author: 'Ana', text: 'hose', objectId: 'R1', point: [4, 5, 2.2], created: 't' });
    const a = r.doc.annotations[0];
    expect(a).toMatchObject({ status: 'open', replies: [] });
    const moved = { ...r.doc, racks: r.doc.racks.map((k) => ({ ...k, x: 9 })) };
    expect(pinPosition(moved, a)).toEqual([9, 5, 2.2]);
    const doc = addReply(setAnnotationStatus(r.doc, r.id, 'resolved'), r.id, { author: 'Bo', created: 't', text: 'done' });
    expect(doc.annotations[0].status).toBe('resolved');
    expect(doc.annotations[0].replies).toHaveLength(1);
    expect(doc0.annotations).toHaveLength(0);
  });
});
