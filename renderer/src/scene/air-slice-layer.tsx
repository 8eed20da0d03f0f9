// The heatmap slice of the latest room-air result: a plane through the hall (horizontal at a height, or
// vertical along x / along y) textured with the temperature or speed field (air-slice.ts: trilinear
// samples, solid cells and NaN transparent). Reads the ResultsStore and the view store by subscription,
// rewrites the DataTexture in place (no React render), dims a stale result, invalidates the demand frame
// loop on change and disposes its GPU objects on unmount.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { DataTexture, DoubleSide, Group, Mesh, MeshBasicMaterial, NearestFilter, LinearFilter, PlaneGeometry, RGBAFormat, SRGBColorSpace, UnsignedByteType } from 'three';
import type { AirView } from '../../../workers/api';
import { useViewStore } from '../app/view-store';
import { useEngine } from '../solver/engine-context';
import type { AirLayerSettings } from './air-layer-settings';
import { colourScale } from './air-ranges';
import { extractSlice, sliceLayout, writeSliceRGBA, type SliceLayout } from './air-slice';
import { planToScene } from './coords';

/** Opacity of a slice whose result is out of date. */
export const STALE_OPACITY = 0.45;

/** Fixed coordinate of the slice: the height, or the chosen / middle position across the grid. */
export function sliceAt(s: AirLayerSettings, r: AirView): number {
  if (s.slice === 'horizontal') return s.height;
  if (s.position !== null) return s.position;
  const g = r.fields.grid;
  return s.slice === 'alongX' ? g.origin[1] + (g.ny * g.dy) / 2 : g.origin[0] + (g.nx * g.dx) / 2;
}

/** Puts a unit plane (u along local X, v along local Y) on the slice rectangle in scene space. */
export function placeSlice(mesh: Mesh, l: SliceLayout): void {
  const uc = l.u0 + l.uLen / 2, vc = l.v0 + l.vLen / 2;
  if (l.orientation === 'horizontal') {
    mesh.rotation.set(-Math.PI / 2, 0, 0); // local +Y → scene −Z = model +y
    mesh.position.set(...planToScene(uc, vc, l.at));
  } else if (l.orientation === 'alongX') {
    mesh.rotation.set(0, 0, 0); // local +X = model x, +Y = up
    mesh.position.set(...planToScene(uc, l.at, vc));
  } else {
    mesh.rotation.set(0, Math.PI / 2, 0); // local +X → scene −Z = model +y
    mesh.position.set(...planToScene(l.at, uc, vc));
  }
  mesh.scale.set(l.uLen, l.vLen, 1);
}

export function AirSliceLayer() {
  const groupRef = useRef<Group>(null);
  const { results } = useEngine();
  const view = useViewStore();
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const parent = groupRef.current!;
    const geometry = new PlaneGeometry(1, 1);
    const material = new MeshBasicMaterial({ side: DoubleSide, toneMapped: false, transparent: true, alphaTest: 0.1 });
    material.forceSinglePass = true; // a flat plane: one pass, not back + front (one draw call)
    const mesh = new Mesh(geometry, material);
    mesh.name = 'air-slice';
    mesh.visible = false;
    parent.add(mesh);
    let texture: DataTexture | null = null;
    let values = new Float32Array(0), rgb = new Float32Array(0);
    let lastResult: AirView | null = null, lastSettings: AirLayerSettings | null = null, lastStale: boolean | null = null;

    const sync = () => {
      const air = results.getState().air;
      const s = view.getState().air;
      const result = air.result;
      if (result === lastResult && s === lastSettings && air.stale === lastStale) return;
      lastResult = result; lastSettings = s; lastStale = air.stale;
      const show = s.shown && s.slice !== 'off' && result !== null;
      mesh.visible = show;
      if (show) {
        const f = result.fields;
        const l = sliceLayout(f.grid, s.slice, sliceAt(s, result));
        const n = l.width * l.height;
        if (values.length !== n) { values = new Float32Array(n); rgb = new Float32Array(3 * n); }
        if (!texture || texture.image.width !== l.width || texture.image.height !== l.height) {
          texture?.dispose();
          texture = new DataTexture(new Uint8Array(4 * n), l.width, l.height, RGBAFormat, UnsignedByteType);
          texture.colorSpace = SRGBColorSpace;
          texture.magFilter = NearestFilter;
          texture.minFilter = LinearFilter;
          texture.generateMipmaps = false;
          material.map = texture;
          material.needsUpdate = true;
        }
        extractSlice(s.quantity === 'speed' ? f.speed : f.t, f.solid, f.grid, l, values);
        const scale = colourScale(result, s.quantity, s);
        writeSliceRGBA(values, scale.map, scale.min, scale.max, rgb, texture.image.data as Uint8Array);
        texture.needsUpdate = true;
        placeSlice(mesh, l);
        material.opacity = air.stale ? STALE_OPACITY : 1;
        material.depthWrite = !air.stale;
      }
      invalidate();
    };
    sync();
    const unsubResults = results.subscribe(sync);
    const unsubView = view.subscribe(sync);
    return () => {
      unsubResults();
      unsubView();
      parent.remove(mesh);
      geometry.dispose();
      material.dispose();
      texture?.dispose();
    };
  }, [results, view, invalidate]);

  return <group ref={groupRef} name="air-slice-layer" />;
}
