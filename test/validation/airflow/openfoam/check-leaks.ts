// The leak law OpenFOAM achieved on a containment hall (case-writer.ts: a Darcy layer in the aisle cells
// behind the engine's LEAK faces): per panel face the volume flow into the aisle against the pressure
// difference from the cell outside the panel to the cell beyond the panel layer (two cell spacings: the
// panel cell's resistance), a least-squares κ through the origin (u_in = κ·Δp) against the engine's κ
// (patches.json), for p' = p + g·z (the engine's pressure: physical less ρ₀·g·z; ×ρ, Pa) and for p_rgh; and
// where the leak flows go: net and gross volume flow into the aisle, by end panels and roof, and the
// flow-weighted temperature of what leaks in. Runs `postProcess -func writeCellCentres` on the case.
// Usage: npx tsx check-leaks.ts <caseDir> [time: the latest]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AIR_DENSITY, KELVIN } from '../../../../workers/airflow/constants';

/** The n numbers (or n vectors, flattened) of an OpenFOAM ascii list starting after `from` (uniform: n copies). */
function list(text: string, from: number, n: number): number[] {
  const rest = text.slice(from);
  const uni = /^\s*uniform\s+([-\d.eE+]+)/.exec(rest);
  if (uni) return new Array<number>(n).fill(Number(uni[1]));
  const open = rest.indexOf('(');
  let depth = 0, close = open;
  for (; close < rest.length; close++) { if (rest[close] === '(') depth++; else if (rest[close] === ')' && --depth === 0) break; }
  return rest.slice(open + 1, close).replace(/[()]/g, ' ').trim().split(/\s+/).map(Number);
}
function internal(text: string): number[] {
  const m = /internalField\s+nonuniform\s+List<\w+>\s*(\d+)/.exec(text)!;
  return list(text, m.index + m[0].length, Number(m[1]));
}
function labels(file: string): number[] {
  const text = readFileSync(file, 'utf8');
  const m = /\n(\d+)\s*\n\(/.exec(text)!;
  return list(text, m.index + m[0].length - 1, Number(m[1]));
}

export interface LeakLaw {
  time: number; faces: number; kappaEngine: number;
  /** κ fitted from p' (p + g·z) and from p_rgh, outside cell → cell beyond the panel layer, m/(s·Pa). */
  kappaP: number; kappaPrgh: number;
  /** κ from p', the roof's faces and the end panels' faces apart. */
  kappaRoof: number; kappaPanels: number;
  /** Volume flow into the aisle, m³/s: net, gross in, gross out; net by the end panels and by the roof. */
  netIn: number; grossIn: number; grossOut: number; panelsIn: number; roofIn: number;
  /** Flow-weighted temperature of the air that leaks in, °C. */
  inflowT: number;
}

export function leakLaw(dir: string, time?: number): LeakLaw {
  const meta = JSON.parse(readFileSync(join(dir, 'patches.json'), 'utf8')) as { leaks?: { faces: number; kappa: number } };
  if (!meta.leaks) throw new Error('no containment in this case');
  const t = time ?? Math.max(...readdirSync(dir).filter((x) => /^\d+$/.test(x)).map(Number));
  if (!existsSync(join(dir, String(t), 'C'))) execFileSync('postProcess', ['-func', 'writeCellCentres', '-time', String(t)], { cwd: dir, stdio: 'ignore', env: { ...process.env, WM_PROJECT_DIR: '/usr/share/openfoam' } });
  const mesh = join(dir, 'constant/polyMesh');
  const owner = labels(join(mesh, 'owner')), neighbour = labels(join(mesh, 'neighbour'));
  const leakFaces = labels(join(mesh, 'sets/leaks')), aisle = new Set(labels(join(mesh, 'sets/aisle')));
  const read = (f: string) => readFileSync(join(dir, String(t), f), 'utf8');
  const p = internal(read('p')), prgh = internal(read('p_rgh')), T = internal(read('T')), phi = internal(read('phi')), C = internal(read('C'));
  const key = (x: number, y: number, z: number) => `${Math.round(x * 1000)} ${Math.round(y * 1000)} ${Math.round(z * 1000)}`;
  const at = new Map<string, number>();
  for (let c = 0; c < C.length / 3; c++) at.set(key(C[3 * c], C[3 * c + 1], C[3 * c + 2]), c);
  const g = 9.81, area = 0.04;
  const fit = { roof: [0, 0], panels: [0, 0] };
  let sp = 0, spp = 0, sr = 0, srr = 0, netIn = 0, grossIn = 0, grossOut = 0, panelsIn = 0, roofIn = 0, heatIn = 0;
  for (const fi of leakFaces) {
    const o = owner[fi], nb = neighbour[fi];
    const [a, b] = aisle.has(o) ? [o, nb] : [nb, o]; // a the panel cell (aisle side), b outside
    const q = aisle.has(o) ? -phi[fi] : phi[fi]; // into the aisle, m³/s
    const d = [0, 1, 2].map((m) => C[3 * a + m] - C[3 * b + m]);
    const c = a;
    const u = q / area;
    const dP = AIR_DENSITY * (p[b] + g * C[3 * b + 2] - p[c] - g * C[3 * c + 2]), dR = AIR_DENSITY * (prgh[b] - prgh[c]);
    sp += u * dP; spp += dP * dP; sr += u * dR; srr += dR * dR;
    const part = fit[Math.abs(d[2]) > 1e-6 ? 'roof' : 'panels']; part[0] += u * dP; part[1] += dP * dP;
    if (process.env.LEAK_FACES) console.log(Math.abs(d[2]) > 1e-6 ? 'roof' : 'panel', C[3 * a].toFixed(2), C[3 * a + 1].toFixed(2), C[3 * a + 2].toFixed(2), 'u', u.toFixed(4), 'dP', dP.toFixed(3), 'u/(k dP)', (u / (meta.leaks.kappa * dP)).toFixed(3));
    netIn += q;
    if (Math.abs(d[2]) > 1e-6) roofIn += q; else panelsIn += q;
    if (q > 0) { grossIn += q; heatIn += q * T[b]; } else grossOut -= q;
  }
  return { time: t, faces: leakFaces.length, kappaEngine: meta.leaks.kappa, kappaP: sp / spp, kappaPrgh: sr / srr, kappaRoof: fit.roof[0] / fit.roof[1], kappaPanels: fit.panels[0] / fit.panels[1], netIn, grossIn, grossOut, panelsIn, roofIn, inflowT: grossIn > 0 ? heatIn / grossIn - KELVIN : NaN };
}

if (process.argv[1]?.endsWith('check-leaks.ts')) {
  const r = leakLaw(process.argv[2], process.argv[3] ? Number(process.argv[3]) : undefined);
  console.log(JSON.stringify(r, null, 1));
  console.log(`achieved κ / engine κ: from p' ${(r.kappaP / r.kappaEngine).toFixed(4)}, from p_rgh ${(r.kappaPrgh / r.kappaEngine).toFixed(4)}`);
}
