// Export of a loop model (TCS or FWS) as an EPANET 2.2 .inp file (UNITS LPS, HEADLOSS D-W) so the
// same network can be solved by EPANET itself. Mapping: pipes/hoses → PIPES (D mm, ε mm); pumps →
// PUMPS with the same 3-point curve (EPANET fits the same power function); Kv resistances and n = 2
// components → TCV with K = 2g·A²·k at a 100 mm reference bore (exact: h = k·Q²); power-law
// components with n ≠ 2 (cold plates, n = 1.85) → GPV with a 121-point head-loss curve
// h = k·Qⁿ on [0, 3·Q_design] (piecewise linear: head error ≲ 0.05 % at design flow).
// EPANET has one network viscosity: the export uses `viscosity` for every pipe.
// Ids are shortened to N<i>/L<i> (EPANET ids ≤ 31 characters); the maps translate back.
import { G } from './constants';
import { componentCoefficient, densityOf, headOf, LOOP_ACCURACY, pumpCurve } from './network';
import type { LoopModel } from './model';

export interface InpExport {
  readonly inp: string;
  /** model id → .inp id */
  readonly nodeIds: ReadonlyMap<string, string>;
  readonly linkIds: ReadonlyMap<string, string>;
}

/** EPANET's reference viscosity (water at 20 °C, 1.1e-5 ft²/s) in m²/s: VISCOSITY is relative to it. */
const EPANET_NU = 1.1e-5 * 0.3048 * 0.3048;
const REF_D = 0.1;
const GPV_POINTS = 120;

const n6 = (x: number) => (Number.isFinite(x) ? x.toPrecision(12) : '0');

export function loopToInp(model: LoopModel, viscosity: number): InpExport {
  const nodeIds = new Map<string, string>();
  const linkIds = new Map<string, string>();
  model.nodes.forEach((n, i) => nodeIds.set(n.id, `N${i + 1}`));
  model.links.forEach((l, i) => linkIds.set(l.id, `L${i + 1}`));
  const J: string[] = [];
  const R: string[] = [];
  const P: string[] = [];
  const PU: string[] = [];
  const V: string[] = [];
  const C: string[] = [];
  const S: string[] = [];
  for (const n of model.nodes) {
    const id = nodeIds.get(n.id)!;
    if (n.fixedPressure !== null) R.push(`${id} ${n6(n.z + headOf(n.fixedPressure, densityOf(model, n)))}`);
    else J.push(`${id} ${n6(n.z)} 0`);
  }
  const area = (Math.PI * REF_D * REF_D) / 4;
  const kOf = (k: number) => k * 2 * G * area * area; // K of a TCV at REF_D from h = k·Q² (SI)
  for (const l of model.links) {
    const id = linkIds.get(l.id)!;
    const a = nodeIds.get(l.from)!;
    const b = nodeIds.get(l.to)!;
    const rho = densityOf(model, l);
    const s = l.spec;
    const closed = l.status === 'closed';
    switch (s.type) {
      case 'pipe':
        P.push(`${id} ${a} ${b} ${n6(s.length)} ${n6(s.diameter * 1000)} ${n6(s.roughness * 1000)} ${n6(s.minorLoss)} ${closed ? 'Closed' : 'Open'}`);
        break;
      case 'tcv':
        V.push(`${id} ${a} ${b} ${n6(s.diameter * 1000)} TCV ${n6(s.setting)} 0`);
        if (closed) S.push(`${id} Closed`);
        break;
      case 'kv': {
        const k = 1.6e9 * REF_D ** 4 / (s.kv * s.kv); // REFERENCE.md §2
        V.push(`${id} ${a} ${b} ${n6(REF_D * 1000)} TCV ${n6(k)} 0`);
        if (closed) S.push(`${id} Closed`);
        break;
      }
      case 'component': {
        const k = componentCoefficient(s, rho);
        if (Math.abs(s.exponent - 2) < 1e-12) {
          V.push(`${id} ${a} ${b} ${n6(REF_D * 1000)} TCV ${n6(kOf(k))} 0`);
        } else {
          const curve = `C${id}`;
          const qmax = 3 * s.designFlow;
          for (let i = 0; i <= GPV_POINTS; i++) {
            const q = (qmax * i) / GPV_POINTS;
            C.push(`${curve} ${n6(q * 1000)} ${n6(k * Math.pow(q, s.exponent))}`);
          }
          V.push(`${id} ${a} ${b} ${n6(REF_D * 1000)} GPV ${curve} 0`);
        }
        if (closed) S.push(`${id} Closed`);
        break;
      }
      case 'pump': {
        const curve = `H${id}`;
        for (const [q, h] of pumpCurve(s.ratedFlow, headOf(s.ratedHead, rho))) C.push(`${curve} ${n6(q * 1000)} ${n6(h)}`);
        PU.push(`${id} ${a} ${b} HEAD ${curve} SPEED ${n6(s.speed)}`);
        if (closed || s.speed === 0) S.push(`${id} Closed`);
        break;
      }
    }
  }
  const sec = (name: string, lines: string[]) => `[${name}]\n${lines.join('\n')}\n\n`;
  const inp = `[TITLE]\nHallflow ${model.side.toUpperCase()} loop export\n\n` + sec('JUNCTIONS', J) + sec('RESERVOIRS', R) + sec('PIPES', P) +
    sec('PUMPS', PU) + sec('VALVES', V) + sec('CURVES', C) + sec('STATUS', S) +
    sec('OPTIONS', ['UNITS LPS', 'HEADLOSS D-W', `VISCOSITY ${n6(viscosity / EPANET_NU)}`, 'TRIALS 200', `ACCURACY ${LOOP_ACCURACY}`, 'UNBALANCED CONTINUE 10']) + '[END]\n';
  return { inp, nodeIds, linkIds };
}
