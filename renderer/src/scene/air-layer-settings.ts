// View settings of the room-air layers in the 3D scene (held in the view store, field `air`): the heatmap
// slice (orientation, quantity, position, colour range), velocity arrows on the slice, rack intake faces
// coloured by mean intake temperature, the hot-air isosurface and streamlines through the selected racks. Positions in model metres (x east, y north, z up); ranges in SI.

/** 'horizontal': plane at height z; 'alongX': vertical plane spanning x at y = position; 'alongY':
 *  vertical plane spanning y at x = position. */
export type AirSliceOrientation = 'off' | 'horizontal' | 'alongX' | 'alongY';
export type AirSliceQuantity = 'temperature' | 'speed';
/** Streamlines downstream of the selected racks' exhausts, or upstream of their intakes. */
export type AirStreamFrom = 'exhaust' | 'intake';

export interface AirLayerSettings {
  /** The layers draw while the Room air tab is open (it sets this on mount / unmount). */
  readonly shown: boolean;
  readonly slice: AirSliceOrientation;
  readonly quantity: AirSliceQuantity;
  /** Height of a horizontal slice above the room floor, m. */
  readonly height: number;
  /** Position of a vertical slice (y for alongX, x for alongY), m; null = the middle of the hall. */
  readonly position: number | null;
  /** Colour range of the slice's quantity (SI: °C or m/s); null = automatic (the field's range). */
  readonly range: { readonly min: number; readonly max: number } | null;
  readonly arrows: boolean;
  readonly intakeFaces: boolean;
  /** Translucent isosurface around the air at or above isoLevel ("hot air"). */
  readonly iso: boolean;
  /** Temperature of the isosurface, °C; null = the ASHRAE recommended maximum inlet of the project's class. */
  readonly isoLevel: number | null;
  /** Streamlines through the selected racks (air-streamlines.ts), coloured by air temperature. */
  readonly streams: boolean;
  readonly streamFrom: AirStreamFrom;
}

/** Default: a horizontal temperature slice at 1.5 m, inside the intake face of 2–2.3 m racks (above the
 *  floor-tile jets, below the rack tops) where recirculated hot air shows first; intake faces on. */
export const DEFAULT_AIR_LAYERS: AirLayerSettings = {
  shown: false,
  slice: 'horizontal',
  quantity: 'temperature',
  height: 1.5,
  position: null,
  range: null,
  arrows: false,
  intakeFaces: true,
  iso: false,
  isoLevel: null,
  streams: false,
  streamFrom: 'exhaust',
};
