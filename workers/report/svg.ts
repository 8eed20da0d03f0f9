// Inline SVG for the report's figures: the plan drawing (y north up), heatmap slices (PNG data: URLs
// with rack outlines over them and a colour legend), and line charts with nice ticks in display units.
// Output is a string of SVG markup; no scripts, no external references.
import { niceTicks } from '../colormap';
import { displayUnit, toDisplay, type UnitSystem } from '../units';
import type { ChartFigure, HeatmapFigure, ImageFigure, PlanFigure } from './model';
import { base64, encodePng } from './png';

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n2 = (v: number) => (Math.round(v * 100) / 100).toString();
const pts = (c: [number, number][], tx: (p: [number, number]) => [number, number]) => c.map((p) => tx(p).map(n2).join(',')).join(' ');

export function planSvg(f: PlanFigure): string {
  const W = 680, s = W / f.length, H = f.width * s, pad = 4;
  const tx = ([x, y]: [number, number]): [number, number] => [pad + x * s, pad + (f.width - y) * s];
  const out: string[] = [`<svg class="fig-svg" viewBox="0 0 ${W + 2 * pad} ${n2(H + 2 * pad + 22)}" role="img">`,
    `<rect x="${pad}" y="${pad}" width="${n2(W)}" height="${n2(H)}" fill="#fafbfc" stroke="#333" stroke-width="1.2"/>`];
  for (const sh of f.shapes) {
    const stroke = sh.kind === 'containment' ? '#9db3c8' : '#333';
    out.push(`<polygon points="${pts(sh.corners, tx)}" fill="${sh.fill}" stroke="${stroke}" stroke-width="${sh.kind === 'rack' ? 0.5 : 0.8}"${sh.kind === 'containment' ? ' stroke-dasharray="3 2"' : ''}/>`);
  }
  for (const sh of f.shapes) {
    if (!sh.label) continue;
    const xs = sh.corners.map((c) => tx(c)[0]), ys = sh.corners.map((c) => tx(c)[1]);
    const w = Math.max(...xs) - Math.min(...xs), h = Math.max(...ys) - Math.min(...ys);
    const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
    const vertical = h > w * 1.6;
    const room = vertical ? h : w;
    const size = Math.min(7, (room * 0.9) / Math.max(3, sh.label.length * 0.6), (vertical ? w : h) * 0.8);
    if (size < 3.5) continue;
    const fill = sh.kind === 'cdu' || sh.fill === '#d55e00' || sh.fill === '#009e73' ? '#fff' : '#111';
    out.push(`<text x="${n2(cx)}" y="${n2(cy)}" font-size="${n2(size)}" fill="${fill}" text-anchor="middle" dominant-baseline="central"${vertical ? ` transform="rotate(-90 ${n2(cx)} ${n2(cy)})"` : ''}>${esc(sh.label)}</text>`);
  }
  let lx = pad;
  const ly = H + 2 * pad + 10;
  for (const l of f.legend) {
    out.push(`<rect x="${n2(lx)}" y="${n2(ly - 5)}" width="10" height="10" fill="${l.color}" stroke="#333" stroke-width="0.5"/><text x="${n2(lx + 14)}" y="${n2(ly)}" font-size="9" dominant-baseline="central">${esc(l.label)}</text>`);
    lx += 22 + l.label.length * 5.2;
  }
  out.push('</svg>');
  return out.join('');
}

export function heatmapSvg(f: HeatmapFigure, system: UnitSystem): string {
  const gap = 14, W = 680, cols = f.slices.length, w = (W - gap * (cols - 1)) / cols, s = w / f.length, h = f.width * s;
  const out: string[] = [`<svg class="fig-svg" viewBox="0 0 ${W} ${n2(h + 70)}" role="img">`];
  f.slices.forEach((sl, n) => {
    const ox = n * (w + gap), oy = 14;
    // flip rows: image row 0 is the top (north) edge
    const flipped = new Uint8Array(sl.rgb.length);
    for (let j = 0; j < sl.ny; j++) flipped.set(sl.rgb.subarray(3 * sl.nx * j, 3 * sl.nx * (j + 1)), 3 * sl.nx * (sl.ny - 1 - j));
    const scale = Math.max(1, Math.ceil(120 / Math.max(sl.nx, sl.ny)));
    out.push(`<text x="${n2(ox + w / 2)}" y="9" font-size="9.5" text-anchor="middle">${esc(sl.label)}</text>`);
    out.push(`<image x="${n2(ox)}" y="${oy}" width="${n2(w)}" height="${n2(h)}" preserveAspectRatio="none" style="image-rendering:pixelated" href="data:image/png;base64,${base64(encodePng(flipped, sl.nx, sl.ny, scale))}"/>`);
    const tx = ([x, y]: [number, number]): [number, number] => [ox + (x - f.x0) * s, oy + (f.width - (y - f.y0)) * s];
    for (const o of f.outlines) out.push(`<polygon points="${pts(o, tx)}" fill="none" stroke="#fff" stroke-width="0.5"/>`);
    out.push(`<rect x="${n2(ox)}" y="${oy}" width="${n2(w)}" height="${n2(h)}" fill="none" stroke="#333" stroke-width="0.8"/>`);
  });
  const L = f.legend, by = h + 34, bx = 120, bw = W - 240;
  out.push(`<defs><linearGradient id="hm-grad">${L.stops.map((c, i) => `<stop offset="${(i / (L.stops.length - 1)) * 100}%" stop-color="${c}"/>`).join('')}</linearGradient></defs>`);
  out.push(`<rect x="${bx}" y="${n2(by)}" width="${bw}" height="10" fill="url(#hm-grad)" stroke="#333" stroke-width="0.5"/>`);
  const dmin = toDisplay(L.min, L.quantity, system), dmax = toDisplay(L.max, L.quantity, system);
  const ticks = niceTicks(dmin, dmax, 7);
  for (const t of ticks.values) {
    const x = bx + ((t - dmin) / (dmax - dmin || 1)) * bw;
    out.push(`<line x1="${n2(x)}" x2="${n2(x)}" y1="${n2(by + 10)}" y2="${n2(by + 14)}" stroke="#333" stroke-width="0.6"/><text x="${n2(x)}" y="${n2(by + 23)}" font-size="9" text-anchor="middle">${t.toFixed(ticks.decimals)}</text>`);
  }
  out.push(`<text x="${bx - 8}" y="${n2(by + 8)}" font-size="9.5" text-anchor="end">Air temperature, ${esc(displayUnit(L.quantity, system))}</text>`);
  out.push('</svg>');
  return out.join('');
}

export function chartSvg(f: ChartFigure, system: UnitSystem): string {
  const W = 560, H = 260, L = 58, R = 14, T = 10, B = 38;
  const dx = (v: number) => (f.x.quantity ? toDisplay(v, f.x.quantity, system) : v);
  const dy = (v: number) => (f.y.quantity ? toDisplay(v, f.y.quantity, system) : v);
  const xs = f.series.flatMap((s) => s.points.map((p) => dx(p[0]))), ys = f.series.flatMap((s) => s.points.map((p) => dy(p[1]))).concat((f.limits ?? []).map((l) => dy(l.value)));
  const tx = niceTicks(Math.min(0, ...xs), Math.max(...xs), 6), ty = niceTicks(Math.min(...ys), Math.max(...ys), 5);
  const x0 = Math.min(tx.values[0] ?? 0, ...xs), x1 = Math.max(tx.values[tx.values.length - 1] ?? 1, ...xs);
  const y0 = Math.min(ty.values[0] ?? 0, ...ys), y1 = Math.max(ty.values[ty.values.length - 1] ?? 1, ...ys);
  const px = (v: number) => L + ((v - x0) / (x1 - x0 || 1)) * (W - L - R), py = (v: number) => H - B - ((v - y0) / (y1 - y0 || 1)) * (H - T - B);
  const legend = f.series.filter((s) => !s.noLegend);
  const perRow = Math.max(...legend.map((s) => s.label.length), 0) > 28 ? 2 : 3;
  const legendRows = Math.ceil(legend.length / perRow);
  const out: string[] = [`<svg class="fig-svg chart" viewBox="0 0 ${W} ${H + 14 * legendRows + 6}" role="img">`];
  for (const t of tx.values) out.push(`<line x1="${n2(px(t))}" x2="${n2(px(t))}" y1="${T}" y2="${H - B}" stroke="#e3e6ea" stroke-width="0.6"/><text x="${n2(px(t))}" y="${H - B + 13}" font-size="9" text-anchor="middle">${t.toFixed(tx.decimals)}</text>`);
  for (const t of ty.values) out.push(`<line x1="${L}" x2="${W - R}" y1="${n2(py(t))}" y2="${n2(py(t))}" stroke="#e3e6ea" stroke-width="0.6"/><text x="${L - 5}" y="${n2(py(t))}" font-size="9" text-anchor="end" dominant-baseline="central">${t.toFixed(ty.decimals)}</text>`);
  out.push(`<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" fill="none" stroke="#333" stroke-width="0.8"/>`);
  const unit = (k: ChartFigure['x']['quantity']) => (k ? `, ${displayUnit(k, system)}` : '');
  out.push(`<text x="${(L + W - R) / 2}" y="${H - 8}" font-size="10" text-anchor="middle">${esc(f.x.title + unit(f.x.quantity))}</text>`);
  out.push(`<text x="12" y="${(T + H - B) / 2}" font-size="10" text-anchor="middle" transform="rotate(-90 12 ${(T + H - B) / 2})">${esc(f.y.title + unit(f.y.quantity))}</text>`);
  for (const l of f.limits ?? []) out.push(`<line x1="${L}" x2="${W - R}" y1="${n2(py(dy(l.value)))}" y2="${n2(py(dy(l.value)))}" stroke="#d55e00" stroke-width="0.9" stroke-dasharray="5 3"/><text x="${W - R - 3}" y="${n2(py(dy(l.value)) - 3)}" font-size="8.5" text-anchor="end" fill="#d55e00">${esc(l.label)}</text>`);
  for (const s of f.series) {
    if (s.marker) for (const p of s.points) out.push(`<circle cx="${n2(px(dx(p[0])))}" cy="${n2(py(dy(p[1])))}" r="${s.small ? 1.9 : 3.2}" fill="${s.color}" stroke="#111" stroke-width="${s.small ? 0.4 : 0.7}"/>`);
    else out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="1.5"${s.dashed ? ' stroke-dasharray="4 3"' : ''} points="${s.points.map((p) => `${n2(px(dx(p[0])))},${n2(py(dy(p[1])))}`).join(' ')}"/>`);
  }
  legend.forEach((s, i) => {
    const x = L + (i % perRow) * ((W - L) / perRow), y = H + 2 + Math.floor(i / perRow) * 14;
    const key = s.marker ? `<circle cx="${x + 8}" cy="${y}" r="3" fill="${s.color}" stroke="#111" stroke-width="0.6"/>` : `<line x1="${x}" x2="${x + 16}" y1="${y}" y2="${y}" stroke="${s.color}" stroke-width="1.6"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`;
    out.push(`${key}<text x="${x + 21}" y="${y}" font-size="8.5" dominant-baseline="central">${esc(s.label)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

/** A raster image (PNG) as an SVG <image> with a data: URL, scaled to the figure width. */
export function imageSvg(f: ImageFigure): string {
  return `<svg class="fig-svg view" viewBox="0 0 ${f.width} ${f.height}" role="img"><image x="0" y="0" width="${f.width}" height="${f.height}" href="data:image/png;base64,${base64(f.png)}"/>` +
    `<rect x="0" y="0" width="${f.width}" height="${f.height}" fill="none" stroke="#333" stroke-width="${n2(f.width / 600)}"/></svg>`;
}
