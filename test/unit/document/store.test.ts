import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../renderer/src/document/store';
import { moveObjects, deleteObjects } from '../../../renderer/src/document/edits';
import { smallHall } from './fixture';

describe('DocumentStore undo/redo', () => {
  it('records an edit as one undoable step and restores selection', () => {
    const doc = smallHall();
    const s = new DocumentStore(doc, null, 'a.hallflow.json');
    s.select(['R-1']);
    s.apply('Delete', (d) => deleteObjects(d, ['R-1']), []);
    expect(s.getState().doc.racks.map((r) => r.id)).toEqual(['R-2', 'R-3', 'R-4']);
    expect(s.dirty).toBe(true);
    s.undo();
    expect(s.getState().doc).toBe(doc);
    expect(s.getState().selection).toEqual(['R-1']);
    expect(s.dirty).toBe(false);
    s.redo();
    expect(s.getState().doc.racks).toHaveLength(3);
    expect(s.getState().selection).toEqual([]);
  });

  it('makes a drag (many previews) a single history entry', () => {
    const doc = smallHall();
    const s = new DocumentStore(doc, null, 'a');
    s.select(['R-2']);
    s.begin('Move');
    for (let i = 1; i <= 30; i++) s.preview((d) => moveObjects(d, ['R-2'], 0.1 * i, 0, 0));
    s.commit();
    expect(s.getState().doc.racks[1].x).toBeCloseTo(3.9 + 3.0, 9);
    s.undo();
    expect(s.getState().doc).toBe(doc);
    expect(s.getState().canUndo).toBe(false);
  });

  it('cancel restores the document before the transaction and records nothing', () => {
    const doc = smallHall();
    const s = new DocumentStore(doc, null, 'a');
    s.begin('Move');
    s.preview((d) => moveObjects(d, ['R-1'], 5, 5));
    s.cancel();
    expect(s.getState().doc).toBe(doc);
    expect(s.getState().canUndo).toBe(false);
  });

  it('never records loads, and a new edit clears redo', () => {
    const s = new DocumentStore(smallHall(), null, 'a');
    s.apply('Delete', (d) => deleteObjects(d, ['R-1']));
    s.load(smallHall(), '/x/b.hallflow.json', 'b.hallflow.json');
    expect(s.getState().canUndo).toBe(false);
    s.apply('Delete', (d) => deleteObjects(d, ['R-1']));
    s.undo();
    expect(s.getState().canRedo).toBe(true);
    s.apply('Delete', (d) => deleteObjects(d, ['R-2']));
    expect(s.getState().canRedo).toBe(false);
  });

  it('a recipe that changes nothing records nothing', () => {
    const s = new DocumentStore(smallHall(), null, 'a');
    expect(s.apply('Nothing', (d) => d)).toBe(false);
    expect(s.getState().canUndo).toBe(false);
  });

  it('toggle/add selection modes', () => {
    const s = new DocumentStore(smallHall(), null, 'a');
    s.select(['R-1', 'R-2']);
    s.select(['R-2', 'R-3'], 'toggle');
    expect([...s.getState().selection].sort()).toEqual(['R-1', 'R-3']);
    s.select(['R-4'], 'add');
    expect(s.getState().selection).toHaveLength(3);
  });
});
