// Colour maps shared by the 3D scene, the air solver's heatmaps and the PDF report (pure TypeScript:
// no DOM, no three.js). Sequential: viridis, cividis (matplotlib data); diverging: ColorBrewer RdBu
// (blue-red, for signed differences); categorical: Okabe–Ito.
export { sampleColormap, writeColormapRGB, colormapTable, SEQUENTIAL_COLORMAPS, LUT_SIZE, NO_DATA } from './sequential';
export type { SequentialColormap } from './sequential';
export { BLUE_RED_CLASSES, sampleDiverging, writeDivergingRGBA } from './diverging';
export type { DivergingColormap } from './diverging';
export { OKABE_ITO, okabeIto, categoricalColor } from './okabe-ito';
export type { NamedColor } from './okabe-ito';
export { niceTicks } from './ticks';
export type { Ticks } from './ticks';
