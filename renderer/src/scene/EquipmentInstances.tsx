// Cooling units (CRAH, CRAC, fan wall, in-row cooler) and CDUs as ONE InstancedMesh of front-marked
// boxes in neutral greys by kind (a disabled unit darker); perforated floor tiles as a second InstancedMesh
// of flat tiles with a procedural hole pattern (DataTexture, nothing fetched). Identity-diffed updates as
// for racks; selection and warnings through the same state bits.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import {
  DataTexture, LinearMipmapLinearFilter, MeshLambertMaterial, PlaneGeometry, RepeatWrapping, type Group,
} from 'three';
import type { CduT, CoolingUnitT, HallDocument, TileT } from '../../../workers/model/schema';
import { tileSize } from '../document/geometry';
import { useDocumentStore } from '../document/context';
import { useViewStore } from '../app/view-store';
import { createFrontBoxGeometry, type BoxShades } from './box-geometry';
import { createBoxMaterial, STATE_FLAGGED, STATE_SELECTED } from './box-material';
import { EQUIPMENT_HEX, hexToRgb, writeLinear } from './colours';
import { writeBoxMatrix } from './coords';
import { InstanceLayer } from './instance-layer';
import { useSceneBus } from './scene-context';

type Unit = CoolingUnitT | (CduT & { kind: 'cdu' });

const UNIT_SHADES: BoxShades = { front: 0.45, frontStrip: 0.42, top: 1, side: 0.88, back: 0.75, bottom: 0.5, strip: 0.18 };
const TILE_HEX = '#8fb3cf';

/** Cooling units then CDUs, recomputed only when either list changes (identity), keeping CDU objects stable. */
function unitList(): (doc: HallDocument) => readonly Unit[] {
  let cu: unknown = null;
  let cd: unknown = null;
  let out: Unit[] = [];
  const cduCache = new WeakMap<CduT, Unit>();
  return (doc) => {
    if (doc.coolingUnits === cu && doc.cdus === cd) return out;
    cu = doc.coolingUnits;
    cd = doc.cdus;
    const cdus = doc.cdus.map((c) => {
      let u = cduCache.get(c);
      if (!u) cduCache.set(c, (u = { ...c, kind: 'cdu' }));
      return u;
    });
    out = [...doc.coolingUnits, ...cdus];
    return out;
  };
}

/** A 64×64 perforated-plate pattern (8 × 8 round holes and a frame); values are shading multipliers. */
function perforationTexture(): DataTexture {
  const n = 64;
  const data = new Uint8Array(n * n * 4);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const fx = ((i + 0.5) % 8) - 4;
      const fy = ((j + 0.5) % 8) - 4;
      const hole = fx * fx + fy * fy < 5.2;
      const frame = i < 2 || j < 2 || i >= n - 2 || j >= n - 2;
      const v = frame ? 150 : hole ? 95 : 255;
      data.set([v, v, v, 255], 4 * (j * n + i));
    }
  }
  const t = new DataTexture(data, n, n);
  t.wrapS = t.wrapT = RepeatWrapping;
  t.minFilter = LinearMipmapLinearFilter;
  t.generateMipmaps = true;
  t.needsUpdate = true;
  return t;
}

export function EquipmentInstances() {
  const groupRef = useRef<Group>(null);
  const store = useDocumentStore();
  const view = useViewStore();
  const bus = useSceneBus();
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const parent = groupRef.current!;
    const unitMat = createBoxMaterial();
    const tex = perforationTexture();
    const tileMat = new MeshLambertMaterial({ map: tex, polygonOffset: true, polygonOffsetFactor: -1, polygonOffsetUnits: -1 });
    let tile = tileSize(store.getState().doc);
    const units = new InstanceLayer<Unit>(() => createFrontBoxGeometry(UNIT_SHADES), unitMat, {
      matrix: (u, m, o) => writeBoxMatrix(m, o, u.x, u.y, 0, u.rotationDeg, u.width, u.height, u.depth),
      colour: (u, c, o) => {
        const [r, g, b] = hexToRgb(u.enabled ? EQUIPMENT_HEX[u.kind] : EQUIPMENT_HEX.disabled);
        writeLinear(c, o, r, g, b);
      },
    }, 'cooling-units');
    const tileRgb = hexToRgb(TILE_HEX);
    const tiles = new InstanceLayer<TileT>(() => new PlaneGeometry(1, 1).rotateX(-Math.PI / 2), tileMat, {
      // a flat plane at 4 mm; height scale 1 keeps the normal matrix regular
      matrix: (t, m, o) => writeBoxMatrix(m, o, t.x, t.y, 0.004 - 0.5, 0, tile * 0.97, 1, tile * 0.97),
      colour: (t, c, o) => {
        const k = 0.75 + 0.5 * t.openArea; // more open area, lighter plate
        writeLinear(c, o, Math.min(1, tileRgb[0] * k), Math.min(1, tileRgb[1] * k), Math.min(1, tileRgb[2] * k));
      },
    }, 'perforated-tiles');
    parent.add(units.group, tiles.group);
    const units$ = unitList();

    let selection: readonly string[] | null = null;
    let flagged = view.getState().flagged;
    const writeStates = () => {
      const sel = new Set(selection);
      const stateOf = (id: string) => (flagged.has(id) ? STATE_FLAGGED : 0) + (sel.has(id) ? STATE_SELECTED : 0);
      units.setStates(stateOf);
      tiles.setStates(stateOf);
    };
    const onDoc = () => {
      const s = store.getState();
      const t = tileSize(s.doc);
      if (t !== tile) {
        tile = t;
        tiles.sync([]);
      }
      const a = units.sync(units$(s.doc));
      const b = tiles.sync(s.doc.tiles);
      let dirty = a !== 'none' || b !== 'none';
      if (a === 'all' || b === 'all' || s.selection !== selection) {
        selection = s.selection;
        writeStates();
        dirty = true;
      }
      if (dirty) invalidate();
    };
    const onView = () => {
      const f = view.getState().flagged;
      if (f === flagged) return;
      flagged = f;
      writeStates();
      invalidate();
    };
    onDoc();
    const unsubs = [store.subscribe(onDoc), view.subscribe(onView)];
    for (const layer of [units, tiles]) {
      unsubs.push(bus.addPickable({
        object: layer.group,
        idAt: (hit) => (hit.object === layer.mesh && hit.instanceId != null ? (layer.ids[hit.instanceId] ?? null) : null),
      }));
    }
    return () => {
      for (const u of unsubs) u();
      parent.remove(units.group, tiles.group);
      units.dispose();
      tiles.dispose();
      unitMat.dispose();
      tileMat.dispose();
      tex.dispose();
    };
  }, [store, view, bus, invalidate]);

  return <group ref={groupRef} name="equipment-instances" />;
}
