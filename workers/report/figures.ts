// Figures as data: the plan drawing (racks coloured by verdict with their ids, cooling units, CDUs,
// containment), heatmap slices of the air temperature at standard heights sampled from the air field
// (nearest cell centre, solid cells as no data) with legend ticks, and the pump and system curve chart of
// the CDUs.
// Lengths m, temperatures °C, flows m³/s, heads Pa (SI; the renderer converts).
import { corners } from '../model/footprint';
import type { HallDocument } from '../model/schema';
import { niceTicks, sampleColormap, categoricalColor } from '../colormap';
import { pumpCurve } from '../loop/network';
import { powerFitForPoints } from '../hydraulics';
import type { SystemCurveResult } from '../loop/system-curve';
import type { LoopResult } from '../loop';
import type { HallVerdicts } from '../verdicts';
import type { ChartFigure, HeatmapFigure, HeatmapSlice, PlanFigure, PlanShape, Series } from './model';
import type { ReportAir } from './inputs';
import { NEUTRAL, STATUS_COLOR } from './common';

/** Standard slice heights above the finished floor, m: near the floor, mid-rack, top of rack. */
export const SLICE_HEIGHTS = [0.3, 1.2, 2.0] as const;

export function planFigure(doc: HallDocument, verdicts: HallVerdicts): PlanFigure {
  const status = new Map(verdicts.racks.map((v) => [v.rackId, v.status]));
  const shapes: PlanShape[] = [];
  for (const c of doc.containment) {
    shapes.push({ id: c.id, label: '', kind: 'containment', fill: '#eef3f8',
      corners: [[c.x0, c.y0], [c.x1, c.y0], [c.x1, c.y1], [c.x0, c.y1]] });
  }
  for (const c of doc.envelope.columns) shapes.push({ id: c.id, label: '', kind: 'column', fill: '#6b7280', corners: corners({ ...c, rotationDeg: 0 }) });
  for (const u of doc.coolingUnits) shapes.push({ id: u.id, label: u.id, kind: 'unit', fill: u.enabled ? '#56b4e9' : '#d9d9d9', corners: corners(u) });
  for (const c of doc.cdus) shapes.push({ id: c.id, label: c.id, kind: 'cdu', fill: c.enabled ? '#0072b2' : '#d9d9d9', corners: corners(c) });
  for (const r of doc.racks) {
    const s = status.get(r.id);
    shapes.push({ id: r.id, label: r.name || r.id, kind: 'rack', fill: s ? STATUS_COLOR[s] : NEUTRAL, corners: corners(r) });
  }
  return {
    type: 'plan', length: doc.envelope.length, width: doc.envelope.width, shapes,
    legend: [
      { label: 'rack passes', color: STATUS_COLOR.pass }, { label: 'rack fails', color: STATUS_COLOR.fail },
      { label: 'rack incomplete', color: STATUS_COLOR.incomplete }, { label: 'cooling unit', color: '#56b4e9' },
      { label: 'CDU', color: '#0072b2' }, { label: 'contained aisle', color: '#eef3f8' },
    ],
  };
}

const hex = (v: number) => Math.round(Math.max(0, Math.min(1, v)) * 255).toString(16).padStart(2, '0');

/** Horizontal temperature slices at SLICE_HEIGHTS on one shared colour scale (viridis). */
export function heatmapFigure(doc: HallDocument, air: ReportAir): HeatmapFigure {
  const { grid: g, t, solid } = air.fields;
  const ks = SLICE_HEIGHTS.map((z) => Math.max(0, Math.min(g.nz - 1, Math.floor((z - g.origin[2]) / g.dz))));
  let min = Infinity, max = -Infinity;
  for (const k of ks) {
    for (let c = k * g.nx * g.ny; c < (k + 1) * g.nx * g.ny; c++) {
      if (solid[c] === 1 || !Number.isFinite(t[c])) continue;
      min = Math.min(min, t[c]); max = Math.max(max, t[c]);
    }
  }
  if (!Number.isFinite(min)) { min = 0; max = 1; }
  const ticks = niceTicks(min, max, 6);
  const lo = Math.min(min, ticks.values[0] ?? min), hi = Math.max(max, ticks.values[ticks.values.length - 1] ?? max);
  const rgbOut: [number, number, number] = [0, 0, 0];
  const slices: HeatmapSlice[] = SLICE_HEIGHTS.map((z, n) => {
    const k = ks[n];
    const rgb = new Uint8Array(g.nx * g.ny * 3);
    let smin = Infinity, smax = -Infinity;
    for (let j = 0; j < g.ny; j++) {
      for (let i = 0; i < g.nx; i++) {
        const c = i + g.nx * (j + g.ny * k), o = 3 * (i + g.nx * j);
        if (solid[c] === 1 || !Number.isFinite(t[c])) { rgb[o] = 200; rgb[o + 1] = 204; rgb[o + 2] = 210; continue; }
        smin = Math.min(smin, t[c]); smax = Math.max(smax, t[c]);
        sampleColormap('viridis', hi > lo ? (t[c] - lo) / (hi - lo) : 0.5, rgbOut);
        rgb[o] = Math.round(rgbOut[0] * 255); rgb[o + 1] = Math.round(rgbOut[1] * 255); rgb[o + 2] = Math.round(rgbOut[2] * 255);
      }
    }
    const zc = g.origin[2] + (k + 0.5) * g.dz;
    return { height: z, nx: g.nx, ny: g.ny, rgb, min: smin, max: smax, label: `z = ${z.toFixed(1)} m (cell centre ${zc.toFixed(2)} m)` };
  });
  const stops = Array.from({ length: 11 }, (_, i) => sampleColormap('viridis', i / 10)).map(([r, gg, b]) => `#${hex(r)}${hex(gg)}${hex(b)}`);
  return {
    type: 'heatmap', x0: g.origin[0], y0: g.origin[1], length: g.nx * g.dx, width: g.ny * g.dy, slices,
    legend: { min: lo, max: hi, ticks: ticks.values, stops, quantity: 'temperature' },
    outlines: doc.racks.map((r) => corners(r)),
  };
}

/** Points of a pump set's curve: each pump's three-point curve (workers/loop/network pumpCurve) fitted as
 *  the solver does (h = a + b·qᶜ, powerFitForPoints), `running` pumps in parallel, shutoff to zero head. */
function pumpSetPoints(ratedFlow: number, ratedHead: number, running: number, samples = 24): [number, number][] {
  const pts = pumpCurve(ratedFlow, ratedHead);
  const fit = powerFitForPoints(pts.map((p) => p[0]), pts.map((p) => p[1]));
  if (fit === null || fit === 'custom') return [];
  const qmax = Math.pow(-fit.a / fit.b, 1 / fit.c);
  return Array.from({ length: samples + 1 }, (_, i) => {
    const q = (qmax * i) / samples;
    return [running * q, Math.max(0, fit.a + fit.b * Math.pow(q, fit.c))] as [number, number];
  });
}

/** From (0, 0) to the first computed point along the local power law of the first two points (as the
 *  app's chart draws it): a closed loop's curve leaves the origin with zero slope, not as a straight line. */
function leadIn(pts: [number, number][]): [number, number][] {
  if (pts.length < 2) return [[0, 0]];
  const n = Math.log(pts[1][1] / pts[0][1]) / Math.log(pts[1][0] / pts[0][0]);
  if (!(Number.isFinite(n) && n > 0)) return [[0, 0]];
  return Array.from({ length: 8 }, (_, i) => { const q = (pts[0][0] * i) / 8; return [q, pts[0][1] * Math.pow(q / pts[0][0], n)] as [number, number]; });
}

/**
 * Pump-set curves (the solver's own pump curve, running pumps in parallel; CDUs with identical pump sets
 * share one curve), each CDU's computed system curve (`curves`, workers/loop systemCurve: the loop re-solved
 * at pump speeds 40–120 %, the same curve as the app's loop chart) and each CDU's solved operating point.
 * CDUs without a curve in `curves` get no system curve (nothing is drawn in its place). `missing` lists them.
 */
export function pumpChart(doc: HallDocument, loops: LoopResult, curves: Readonly<Record<string, SystemCurveResult>> | null | undefined): { chart: ChartFigure; missing: string[] } | null {
  const sets = new Map<string, { ids: string[]; flow: number; head: number; running: number }>();
  const points: Series[] = [], systems: Series[] = [], missing: string[] = [];
  loops.cdus.forEach((c, n) => {
    const cdu = doc.cdus.find((d) => d.id === c.id);
    if (!cdu || c.pumps.running === 0) return;
    const key = `${cdu.pumps.ratedHead}|${cdu.pumps.ratedFlow}|${c.pumps.running}`;
    const g = sets.get(key) ?? { ids: [], flow: cdu.pumps.ratedFlow, head: cdu.pumps.ratedHead, running: c.pumps.running };
    g.ids.push(c.id);
    sets.set(key, g);
    if (c.pumps.flow <= 0) return;
    const color = categoricalColor(n).hex;
    const curve = curves?.[c.id];
    if (curve && 'points' in curve && curve.points.length > 1) {
      const pts = curve.points.filter((p) => p.flow > 0).map((p) => [p.flow, p.head] as [number, number]);
      systems.push({ label: `${c.id} system curve`, color, dashed: true, points: [...leadIn(pts), ...pts] });
      systems.push({ label: '', color, points: pts, marker: true, small: true, noLegend: true });
    } else missing.push(curve && 'error' in curve ? `${c.id} (${curve.error})` : c.id);
    points.push({ label: `${c.id} operating point`, color, points: [[c.pumps.flow, c.pumps.head]], marker: true });
  });
  if (sets.size === 0) return null;
  const pumps: Series[] = [...sets.values()].map((g, i) => ({
    label: `${g.ids.join(', ')}: ${g.running} pump${g.running > 1 ? 's' : ''} running`, color: i === 0 ? '#0b2e4f' : categoricalColor(i + 4).hex,
    points: pumpSetPoints(g.flow, g.head, g.running),
  })).filter((s) => s.points.length > 0);
  return { chart: { type: 'chart', x: { title: 'Pump-set flow', quantity: 'liquidFlow' }, y: { title: 'Head rise', quantity: 'head' }, series: [...pumps, ...systems, ...points] }, missing };
}
