// CDU plate heat exchanger by ε-NTU, counterflow [REFERENCE.md §6]:
//   ε = [1 − e^(−NTU(1−Cr))] / [1 − Cr·e^(−NTU(1−Cr))], Cr = 1: ε = NTU/(1+NTU).
// UA from the rating: rated load (capacity) at the rated approach (TCS supply − FWS supply), the
// design secondary flow (duty pumps at rated flow) and the primary design flow. UA is held
// constant off-design (ASSUMPTION: no flow dependence of the film coefficients).
// Supply control: a 3-way valve on the primary sends a share f of the branch flow through the HX
// (the branch flow itself is fixed by the FWS hydraulics) so that the TCS supply meets its setpoint;
// when f = 1 is not enough the setpoint is not held and the HX runs fully open.

export function counterflowEffectiveness(ntu: number, cr: number): number {
  if (!(ntu > 0)) return 0;
  if (cr < 1e-12) return 1 - Math.exp(-ntu);
  if (Math.abs(1 - cr) < 1e-9) return ntu / (1 + ntu);
  const e = Math.exp(-ntu * (1 - cr));
  return (1 - e) / (1 - cr * e);
}

/** Inverse of counterflowEffectiveness for 0 ≤ ε < 1 (and ε < 1/Cr). */
export function counterflowNtu(eps: number, cr: number): number {
  if (cr < 1e-12) return -Math.log(1 - eps);
  if (Math.abs(1 - cr) < 1e-9) return eps / (1 - eps);
  return Math.log((1 - eps * cr) / (1 - eps)) / (1 - cr);
}

export interface HxRating {
  /** W/K */
  readonly ua: number;
  readonly effectiveness: number;
  readonly ntu: number;
  /** The rating implies a temperature cross (ε ≥ 1); ε was limited to 0.99. */
  readonly limited: boolean;
}

/**
 * UA from the rating point: Q = capacity, TCS supply = FWS supply + approach, heat-capacity rates
 * cSec, cPri (W/K) at the design flows. ε = Q / (Cmin·(approach + Q/cSec)).
 */
export function ratedUa(capacity: number, approach: number, cSec: number, cPri: number): HxRating {
  const cMin = Math.min(cSec, cPri);
  const cr = cMin / Math.max(cSec, cPri);
  let eps = capacity / (cMin * (approach + capacity / cSec));
  const limited = !(eps < 0.99) || !(eps * cr < 0.99);
  if (limited) eps = Math.min(0.99, 0.99 / Math.max(cr, 1e-12));
  const ntu = counterflowNtu(eps, cr);
  return { ua: ntu * cMin, effectiveness: eps, ntu, limited };
}

export interface HxDuty {
  readonly ua: number;
  /** Secondary (TCS) heat-capacity rate, W/K. */
  readonly cSec: number;
  /** Primary branch heat-capacity rate with the 3-way valve fully to the HX, W/K. */
  readonly cPri: number;
  /** FWS supply temperature at the CDU, °C. */
  readonly tPriIn: number;
  /** Heat to reject (Σ rack liquid heat), W. */
  readonly load: number;
  /** TCS supply setpoint, °C, or null when the supply is not controlled. */
  readonly setpoint: number | null;
}

export interface HxOperation {
  /** TCS supply (HX outlet) minus FWS supply, K; with temperatures from the caller's enthalpies. */
  readonly tSecOut: number;
  /** TCS return at the HX inlet, °C (= tSecOut + load/cSec). */
  readonly tSecIn: number;
  /** Share of the primary branch flow through the HX (3-way valve position), 0–1. */
  readonly fraction: number;
  readonly effectiveness: number;
  readonly ntu: number;
  /** null: not controlled; true/false: the setpoint is / is not held. */
  readonly held: boolean | null;
}

/** heatAt(d, f, dtMax).q without the record (the bisections call it ~60 times per CDU and outer iteration). */
function heatRate(d: HxDuty, f: number, dtMax: number): number {
  const cP = f * d.cPri;
  const cMin = Math.min(d.cSec, cP);
  const cMax = Math.max(d.cSec, cP);
  if (!(cMin > 0)) return 0;
  const eps = counterflowEffectiveness(d.ua / cMin, cMin / cMax);
  return eps * cMin * dtMax;
}

function heatAt(d: HxDuty, f: number, dtMax: number): { q: number; eps: number; ntu: number } {
  const cP = f * d.cPri;
  const cMin = Math.min(d.cSec, cP);
  const cMax = Math.max(d.cSec, cP);
  if (!(cMin > 0)) return { q: 0, eps: 0, ntu: 0 };
  const ntu = d.ua / cMin;
  const eps = counterflowEffectiveness(ntu, cMin / cMax);
  return { q: eps * cMin * dtMax, eps, ntu };
}

/** Steady HX operation for the given load (heat in = heat out), with supply control if asked. */
export function operateHx(d: HxDuty): HxOperation {
  const rise = d.load / d.cSec;
  if (d.setpoint !== null) {
    const tIn = d.setpoint + rise;
    const dtMax = tIn - d.tPriIn;
    if (d.load <= 0) {
      const held = d.setpoint >= d.tPriIn;
      const t = held ? d.setpoint : d.tPriIn;
      return { tSecOut: t, tSecIn: t, fraction: held ? 0 : 1, effectiveness: 0, ntu: 0, held };
    }
    if (dtMax > 0) {
      const full = heatAt(d, 1, dtMax);
      if (full.q >= d.load) {
        let lo = 0;
        let hi = 1;
        for (let i = 0; i < 60; i++) {
          const mid = 0.5 * (lo + hi);
          if (heatRate(d, mid, dtMax) >= d.load) hi = mid; else lo = mid;
        }
        const h = heatAt(d, hi, dtMax);
        return { tSecOut: d.setpoint, tSecIn: tIn, fraction: hi, effectiveness: h.eps, ntu: h.ntu, held: true };
      }
    }
  }
  // Valve fully to the HX: T_sec,in − T_pri,in = load / (ε·Cmin).
  const h = heatAt(d, 1, 1);
  const tIn = d.tPriIn + (h.q > 0 ? d.load / h.q : 0);
  return { tSecOut: tIn - rise, tSecIn: tIn, fraction: 1, effectiveness: h.eps, ntu: h.ntu, held: d.setpoint === null ? null : false };
}

/**
 * Smallest primary heat-capacity rate (W/K, valve fully to the HX) with which the HX rejects `load`
 * while the TCS return (HX secondary inlet) is at `tSecIn` and the facility water enters at `tPriIn`:
 * ε·Cmin·(tSecIn − tPriIn) = load. Infinity when even unlimited facility water cannot (the secondary
 * flow or the UA is too small); 0 when there is no load. Bisection on log(C), ε·Cmin rises with C.
 */
export function minimumPrimaryRate(ua: number, cSec: number, load: number, tSecIn: number, tPriIn: number): number {
  if (!(load > 0)) return 0;
  const dt = tSecIn - tPriIn;
  const d = (cPri: number): HxDuty => ({ ua, cSec, cPri, tPriIn, load, setpoint: null });
  if (!(dt > 0) || heatAt(d(1e300), 1, dt).q < load) return Infinity;
  let lo = load / dt; // ε·Cmin ≤ C_pri: below this rate the energy balance alone rules it out
  if (heatAt(d(lo), 1, dt).q >= load) return lo;
  let hi = lo * 2;
  for (let i = 0; i < 200 && heatAt(d(hi), 1, dt).q < load; i++) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = Math.sqrt(lo * hi);
    if (heatAt(d(mid), 1, dt).q >= load) hi = mid; else lo = mid;
    if (hi / lo - 1 < 1e-9) break;
  }
  return hi;
}
