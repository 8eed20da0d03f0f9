// Okabe–Ito categorical palette: eight colours distinguishable under the common colour-vision
// deficiencies. Source: M. Okabe & K. Ito, "Color Universal Design (CUD): how to make figures and
// presentations that are friendly to colorblind people" (2002/2008, jfly.uni-koeln.de/color/), the
// RGB 0–255 values of its recommended set. Colours here are sRGB floats 0..1.
export interface NamedColor {
  readonly name: string;
  readonly hex: string;
  readonly rgb: readonly [number, number, number];
}

const c = (name: string, r: number, g: number, b: number): NamedColor => ({
  name,
  hex: `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`,
  rgb: [r / 255, g / 255, b / 255],
});

/** The palette in its published order. */
export const OKABE_ITO: readonly NamedColor[] = [
  c('black', 0, 0, 0),
  c('orange', 230, 159, 0),
  c('sky blue', 86, 180, 233),
  c('bluish green', 0, 158, 115),
  c('yellow', 240, 228, 66),
  c('blue', 0, 114, 178),
  c('vermillion', 213, 94, 0),
  c('reddish purple', 204, 121, 167),
];

/** Looks a palette colour up by name (as in OKABE_ITO); throws on an unknown name (a programming error). */
export function okabeIto(name: string): NamedColor {
  const found = OKABE_ITO.find((col) => col.name === name);
  if (!found) throw new Error(`unknown Okabe–Ito colour "${name}"`);
  return found;
}

/** Colour for category index i, cycling through the palette without black (index 0 → orange). */
export function categoricalColor(i: number): NamedColor {
  const n = OKABE_ITO.length - 1;
  return OKABE_ITO[1 + (((Math.trunc(i) % n) + n) % n)];
}
