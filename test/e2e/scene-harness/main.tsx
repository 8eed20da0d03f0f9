// Scratch harness for checking the 3D scene on its own (screenshots, draw calls, move timing) until the app
// shell mounts it. Not part of the product.
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import type { HallDocument } from '../../../workers/model/schema';
import { DocumentStore } from '../../../renderer/src/document/store';
import { DocumentStoreProvider } from '../../../renderer/src/document/context';
import { ViewStore, ViewStoreContext } from '../../../renderer/src/app/view-store';
import { moveObjects } from '../../../renderer/src/document/edits';
import { HallScene } from '../../../renderer/src/scene/HallScene';
import mixed from '../../../assets/samples/ai-hall-mixed.hallflow.json?raw';
import legacy from '../../../assets/samples/legacy-air-hall.hallflow.json?raw';
import future from '../../../assets/samples/future-300kw-hall.hallflow.json?raw';

const samples: Record<string, string> = { mixed, legacy, future };
const params = new URLSearchParams(location.search);
const base = JSON.parse(samples[params.get('sample') ?? 'mixed'] ?? mixed) as HallDocument;

/** A hall with n racks in rows of 20 (pairs facing a shared cold aisle). */
function hallWith(n: number): HallDocument {
  const proto = base.racks[0];
  const perRow = 20;
  const rows = Math.ceil(n / perRow);
  const pitchY = proto.depth * 2 + 1.2 * 2;
  const racks = [];
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < perRow && racks.length < n; i++) {
      racks.push({
        ...proto, id: `B-${racks.length}`, name: `B${r}-${i}`, rowId: null,
        x: 2.1 + i * proto.width, y: 2.4 + (r >> 1) * pitchY + (r & 1) * (proto.depth + 1.2), rotationDeg: r & 1 ? 180 : 0,
        cooling: (['air', 'hybrid', 'dlc'] as const)[(r >> 1) % 3], itLoad: 20e3 + ((i * 7919 + r * 104729) % 100) * 1e3,
      });
    }
  }
  const length = 4.2 + perRow * proto.width + 4;
  const width = 4.8 + Math.ceil(rows / 2) * pitchY + 2;
  return {
    ...base,
    envelope: { ...base.envelope, length: Math.max(length, base.envelope.length), width: Math.max(width, base.envelope.width), columns: [], walls: [] },
    rows: [], racks, cdus: base.cdus.map((c) => ({ ...c, rackIds: [] })), tiles: [], containment: [],
  };
}

const n = Number(params.get('racks') ?? 0);
const store = new DocumentStore(n > 0 ? hallWith(n) : base, null, 'harness.hallflow.json');
const view = new ViewStore();
if (params.get('camera') === 'plan') view.set({ camera: 'plan' });

Object.assign(window, {
  __harness: {
    store, view, hallWith, move: moveObjects,
    /** Like drag(), split: per step the edit + scene update (store.preview and its listeners) and the render call. */
    async dragSplit(ids: string[], steps: number, dx: number, dy: number): Promise<{ edit: number[]; render: number[] }> {
      const edit: number[] = [];
      const render: number[] = [];
      store.select(ids);
      store.begin('Move');
      for (let i = 1; i <= steps; i++) {
        const t0 = performance.now();
        store.preview((d) => moveObjects(d, ids, (dx * i) / steps, (dy * i) / steps, 0));
        const t1 = performance.now();
        window.__hallflowScene?.renderNow();
        render.push(performance.now() - t1);
        edit.push(t1 - t0);
        await new Promise((r) => requestAnimationFrame(r));
      }
      store.commit();
      return { edit, render };
    },
    load: (k: number) => store.load(hallWith(k), null, `hall-${k}.hallflow.json`),
    /** Moves the given rack `steps` times like a drag; returns per-step script ms (edit + scene update + render). */
    drag(ids: string[], steps: number, dx: number, dy: number): number[] {
      const out: number[] = [];
      store.select(ids);
      store.begin('Move');
      for (let i = 1; i <= steps; i++) {
        const t0 = performance.now();
        store.preview((d) => moveObjects(d, ids, (dx * i) / steps, (dy * i) / steps, 0));
        window.__hallflowScene?.renderNow();
        out.push(performance.now() - t0);
      }
      store.commit();
      return out;
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DocumentStoreProvider store={store}>
      <ViewStoreContext.Provider value={view}>
        <div style={{ width: '100vw', height: '100vh' }}>
          <HallScene />
        </div>
      </ViewStoreContext.Provider>
    </DocumentStoreProvider>
  </StrictMode>,
);
