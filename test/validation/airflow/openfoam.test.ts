// Rack mean intake temperatures of the small two-row hall (openfoam/fixture.ts) against OpenFOAM v1912
// (buoyantBoussinesqSimpleFoam, k-ε, same 0.2 m mesh, same compact rack model), stored in
// openfoam/reference.json by openfoam/make-reference.sh. OpenFOAM never runs here: only the JSON is read.
// The references were regenerated on 2026-11-26 (16:00 UTC) with even suction at rack intakes and CRAH
// returns (fixedNormalSlip): the first ones used flowRateOutletVelocity there, which drew air unevenly, so
// the area-mean intake T was not what the racks drew and 8 % of the rack heat never reached the CRAHs.
// Against the regenerated small hall: RMS 0.47 K, max 1.08 K (A1), bias +0.23 K with the accurate mode
// (Courant 3, sources split along the trajectory, 139 steps); it was 0.68 / 1.36 K at Courant 3 with every
// source at the arrival point and 0.52 / 0.99 K at Courant 1 (index.ts ACCURATE_OPTIONS says why). Goal
// RMS ≤ 1.0 K, max ≤ 2.5 K.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacHall, cacopenHall, crossHall, denseHall, doorsHall, fanwallHall, floorHall, hacHall, hacopenHall, hacroofHall, hacrowHall, hotHall, inrowHall, openceilHall, referenceFile, rows3Hall, smallHall, tallHall, tallfanHall, upflowHall } from './openfoam/fixture';
import { solveAir, type AirResult } from '../../../workers/airflow/index';
import { rackAirflow, rackAirHeat } from '../../../workers/airflow/equipment';
import { AIR_CP, AIR_DENSITY, CONTAINED_REFERENCE_HALLS, INTAKE_UNCERTAINTY, INTAKE_UNCERTAINTY_CONTAINED } from '../../../workers/airflow/constants';
import { racksContained } from '../../../workers/airflow/scope';
import { rciHi } from '../../../workers/airflow/metrics';
import { AIR_REFERENCE_HALLS } from '../../../workers/report/sections-back';
import type { HallDocument } from '../../../workers/model/schema';

interface Reference { racks: { id: string; intakeMean: number; intakeMaxCell?: number; doorHeat?: number; exhaustT?: number }[]; units: { id: string; returnT: number }[]; run: { wallSeconds: number } }

/** Heat the reference's CRAH returns carry, Σ ρ·cp·V·(T_return − T_supply), over the racks' air-side heat
 *  (less what rear doors removed on OpenFOAM's intakes, reference racks[].doorHeat: hall doors). */
function referenceHeatRatio(doc: HallDocument, reference: Reference): number {
  const racks = doc.racks.reduce((s, r) => s + rackAirHeat(r), 0) - reference.racks.reduce((s, x) => s + (x.doorHeat ?? 0), 0);
  const units = doc.coolingUnits.reduce((s, u) => s + AIR_DENSITY * AIR_CP * u.airflow * (reference.units.find((x) => x.id === u.id)!.returnT - u.supplySetpoint), 0);
  return units / racks;
}
/** Rack mean intake temperature against a reference: RMS, largest |difference| and mean difference, K. */
function intakeErrors(racks: { id: string; intakeMean: number }[], reference: Reference): { rms: number; max: number; bias: number } {
  const byId = new Map(racks.map((x) => [x.id, x.intakeMean]));
  let sum = 0, max = 0, bias = 0;
  for (const x of reference.racks) {
    const d = byId.get(x.id)! - x.intakeMean;
    sum += d * d; bias += d;
    max = Math.max(max, Math.abs(d));
  }
  const n = reference.racks.length;
  return { rms: Math.sqrt(sum / n), max, bias: bias / n };
}

const solved = new Map<string, { reference: Reference; r: AirResult }>();
/** A stored reference (fixture.ts referenceFile) and our solve of the same hall (accurate: at 0.2 m; fast:
 *  the fast mode's own 0.4 m), solved once per file. */
/** The containment leak law a reference recorded (check-leaks.ts; hall cac onwards). */
interface LeakLaw { kappaEngine: number; kappaP: number; netIn: number; grossIn: number; grossOut: number; roofIn: number }
const leakLaw = (reference: Reference): LeakLaw => (reference as Reference & { containment: LeakLaw }).containment;

/** The units' airflow less the racks' (m³/s): what must leak into a contained hot aisle (the shortfall, negated, of a cold one). */
const unitExcess = (doc: HallDocument): number => doc.coolingUnits.reduce((s, u) => s + u.airflow, 0) - doc.racks.reduce((s, x) => s + rackAirflow(x), 0);

function againstReference(name: string, doc: HallDocument, mode: 'accurate' | 'fast' = 'accurate') {
  const key = `${name}/${mode}`;
  const known = solved.get(key);
  if (known) return known;
  const reference = JSON.parse(readFileSync(join(import.meta.dirname, 'openfoam', referenceFile(name)), 'utf8')) as Reference;
  const r = solveAir(doc, mode === 'accurate' ? { mode, cellSize: 0.2 } : { mode });
  if (!r.ok) throw new Error(r.error.message);
  solved.set(key, { reference, r });
  return { reference, r };
}

/**
 * What every held-out hall is checked for, as one group of tests: the reference conserves energy (its CRAH
 * returns carry the rack heat within 0.5 %), the rack mean intakes stay within a regression guard at the
 * measured level (+ ~15 %), the CRAH returns within the given kelvins; returns the reference and our solve
 * for the hall's own further tests.
 */
function heldOutChecks(name: string, make: () => HallDocument, g: { rms: string; max: string; measured: string; goal: string; units: string[]; within: string; returns: string }) {
  const { reference, r } = againstReference(name, make());
  it('the reference itself conserves energy: its CRAH returns carry the rack heat within 0.5 %', () => {
    expect(Math.abs(referenceHeatRatio(make(), reference) - 1)).toBeLessThan(0.005);
  });
  it(`rack mean intake temperatures: RMS ≤ ${g.rms} K and max ≤ ${g.max} K (measured ${g.measured}; goal 1.0 / 2.5 ${g.goal})`, () => {
    const { rms, max, bias } = intakeErrors(r.racks, reference);
    console.log(`OpenFOAM ${name} hall (held out): RMS ${rms.toFixed(3)} K, max ${max.toFixed(3)} K, bias ${bias.toFixed(2)} K over ${reference.racks.length} racks`);
    expect(rms).toBeLessThan(Number(g.rms));
    expect(max).toBeLessThan(Number(g.max));
  });
  it(`CRAH returns within ${g.within} K of OpenFOAM (measured ${g.returns})`, () => {
    const ret = (list: { id: string; returnT: number }[], id: string) => list.find((u) => u.id === id)!.returnT;
    for (const id of g.units) expect(Math.abs(ret(r.units, id) - ret(reference.units, id))).toBeLessThan(Number(g.within));
  });
  return { reference, r };
}

describe('small hall vs OpenFOAM (stored reference)', () => {
  const { reference: ref, r } = againstReference('small', smallHall());

  it('the reference itself conserves energy: its CRAH returns carry the rack heat within 0.5 %', () => {
    expect(Math.abs(referenceHeatRatio(smallHall(), ref) - 1)).toBeLessThan(0.005);
  });

  it('rack mean intake temperatures: RMS ≤ 0.65 K and max ≤ 1.2 K (measured 0.48 / 1.09; goal 1.0 / 2.5)', () => {
    const { rms, max } = intakeErrors(r.racks, ref);
    console.log(`OpenFOAM comparison: RMS ${rms.toFixed(3)} K, max ${max.toFixed(3)} K over ${ref.racks.length} racks; ` +
      `Hallflow ${r.convergence.seconds.toFixed(1)} s vs OpenFOAM ${ref.run.wallSeconds} s`);
    expect(rms).toBeLessThan(0.65);
    expect(max).toBeLessThan(1.2);
  });

  it('ranks the hottest and coolest rows of racks as OpenFOAM does (B5/B2 hot, A3 cool)', () => {
    const sorted = [...r.racks].sort((a, b) => a.intakeMean - b.intakeMean).map((x) => x.id);
    expect(sorted.slice(0, 3)).toContain('A3');
    expect(sorted.slice(-3)).toEqual(expect.arrayContaining(['B2']));
  });
});

// The dense, under-supplied hall (fixture.ts denseHall: 16 racks at 6–12 kW, CRAHs supplying 83 % of the
// rack airflow, unequal units), OpenFOAM reference-dense.json (regenerated 2026-11-26 with even suction:
// 21 cycles, 6,300 SIMPLE iterations; the returns carry the rack heat to 0.1 %; the k-ε solution is fully
// steady). Measured 2026-11-26 (evening): RMS 1.60 K, max 3.22 K (B5), bias +0.12 K with the accurate mode
// (Courant 3, sources split along the trajectory; 1.61 / 3.38 K at Courant 1 and 2.30 / 5.94 K at Courant 3
// with every source at the arrival point): Hallflow is cooler in the middle of the rows (A5, B4–B6),
// where the two opposed CRAH jets meet and the supply runs out, and hotter at the east end (A7, A8, B7) —
// OUTSIDE the goal (RMS ≤ 1.0 K, max ≤ 2.5 K). Checked at Courant 3 and ruled out as the cause: our Chen–Xu ν_t (OpenFOAM's own ν_t
// field frozen into our solver: 2.60 / 6.5 K; at Courant 1: 2.55 / 5.7 K; ×0.7, ×1.5, ×2.5 and a
// 0.3–0.5 m length cap do not help), the averaging (time-mean intakes = intakes on the mean flow to
// 0.01 K; 2,000 steps give the same mean), tangential slip at intakes, a TVD energy scheme. This test is a
// regression guard at the measured level, not a claim of accuracy; the gap is open work (issue 4 note).
describe('dense under-supplied hall vs OpenFOAM (stored reference; known gap)', () => {
  const { reference: dense, r } = againstReference('dense', denseHall());

  it('the reference itself conserves energy: its CRAH returns carry the rack heat within 0.5 %', () => {
    expect(Math.abs(referenceHeatRatio(denseHall(), dense) - 1)).toBeLessThan(0.005);
  });

  it('rack mean intake temperatures: RMS ≤ 1.8 K and max ≤ 3.6 K (measured 1.60 / 3.21; goal 1.0 / 2.5 not met)', () => {
    const { rms, max, bias } = intakeErrors(r.racks, dense);
    console.log(`OpenFOAM dense hall: RMS ${rms.toFixed(3)} K, max ${max.toFixed(3)} K, bias ${bias.toFixed(2)} K over ${dense.racks.length} racks`);
    expect(rms).toBeLessThan(1.8);
    expect(max).toBeLessThan(3.6);
  });

  it('CRAH returns: the west unit is the hotter one, both within 1.8 K (measured −1.1 / +1.5 K; part of the gap)', () => {
    const ret = (list: { id: string; returnT: number }[], id: string) => list.find((u) => u.id === id)!.returnT;
    expect(ret(r.units, 'CRAH-W')).toBeGreaterThan(ret(r.units, 'CRAH-E'));
    for (const id of ['CRAH-W', 'CRAH-E']) expect(Math.abs(ret(r.units, id) - ret(dense.units, id))).toBeLessThan(1.8);
  });
});

// The third reference, a different topology (fixture.ts rows3Hall): 9.6 × 7.2 m, four rows of six racks at
// 4–10 kW in two hot-aisle/cold-aisle pairs, both CRAHs on one end wall blowing along their cold aisle
// (end-of-aisle supply, no opposed jets), 103 % of the rack airflow. OpenFOAM reference-rows3.json
// (generated 2026-11-27: 16 cycles of 1,000 SIMPLE iterations, 889 s on
// one core of the shared box; the last exhaust change 0.027 K, the limit cycle's noise floor; the returns carry
// the rack heat to 0.04 %). The k-ε SIMPLE solution of this hall keeps a regular limit cycle
// (intakes swing by up to 1.7 K peak to peak, period ≈ 250 iterations), hence its longer cycles and
// averages (make-reference.sh). Measured 2026-11-27 with the accurate mode
// (200 steps, not converged: meanDrift 1.5 K): RMS 1.94 K, max 3.31 K (A5), bias +0.81 K; since late 2026-11-27 (the
// 800-step cap, index.ts ACCURATE_OPTIONS: 719 steps, the mean of 620) RMS 1.76 K, max 3.10 K (D6), bias +0.79 K,
// hottest intake cell 3.28 / 6.55 K, CRAH returns −0.71 / +0.72 K; since 2026-11-28 (the stop test that sees longer
// swings, batch-means.ts: to the cap, the mean of 700, ±0.16 K, not converged) RMS 1.75 K, max 3.06 K (D6), bias
// +0.78 K, hottest intake cell 3.27 / 6.50 K, CRAH returns −0.70 / +0.71 K; since the accurate mode's steady
// energy solve at step 20 (2026-11-28, sixteenth session: to the cap, the mean of 700, ±0.18 K) RMS 1.75 K, max
// 3.29 K, bias +0.81 K, hottest intake cell 3.29 / 6.57 K, CRAH returns −0.70 / +0.71 K. Hallflow is
// cooler at the aisle mouths (A1 −2.8, D1 −1.8, B1/C1 −1.4…−1.5 K; a guess, not checked: OpenFOAM's CRAH
// jets entrain more hot air through the 1.2 m gap between unit and rows) and hotter along the far halves of the outer rows A and D
// (+2.1…+3.1 K), whose backs face the wall hot aisles. The CRAH returns are 0.74 K low / 0.75 K high: OpenFOAM
// has CRAH-1 1.4 K hotter than CRAH-2, Hallflow both at 31.7 °C. Run to 600 steps (averages of 300–600):
// 1.70 / 3.02 K; the fast mode (0.4 m): 1.85 / 4.63 K (A1), bias −0.36 K.
// Held-out check of the goal (RMS ≤ 1.0 K, max ≤ 2.5 K): NOT met. This test is a regression guard at the
// measured level (+ ~15 %), not a claim of accuracy.
describe('rows3 hall, two cold aisles with end-of-aisle CRAHs, vs OpenFOAM (stored reference; known gap)', () => {
  const { reference: rows3, r } = againstReference('rows3', rows3Hall());

  it('the reference itself conserves energy: its CRAH returns carry the rack heat within 0.5 %', () => {
    expect(Math.abs(referenceHeatRatio(rows3Hall(), rows3) - 1)).toBeLessThan(0.005);
  });

  it('rack mean intake temperatures: RMS ≤ 2.0 K and max ≤ 3.6 K (measured 1.75 / 3.29; goal 1.0 / 2.5 not met)', () => {
    const { rms, max, bias } = intakeErrors(r.racks, rows3);
    const byId = new Map(r.racks.map((x) => [x.id, x.intakeMean]));
    console.log(`OpenFOAM rows3 hall: RMS ${rms.toFixed(3)} K, max ${max.toFixed(3)} K, bias ${bias.toFixed(2)} K over ${rows3.racks.length} racks; ` +
      `Hallflow ${r.convergence.seconds.toFixed(1)} s vs OpenFOAM ${rows3.run.wallSeconds} s; per rack (Hallflow − OpenFOAM, K): ` +
      rows3.racks.map((x) => `${x.id} ${(byId.get(x.id)! - x.intakeMean).toFixed(2)}`).join(', '));
    expect(rms).toBeLessThan(2.0);
    expect(max).toBeLessThan(3.6);
  });

  it('CRAH returns within 0.9 K of OpenFOAM (measured −0.70 / +0.71 K; part of the gap)', () => {
    const ret = (list: { id: string; returnT: number }[], id: string) => list.find((u) => u.id === id)!.returnT;
    for (const id of ['CRAH-1', 'CRAH-2']) expect(Math.abs(ret(r.units, id) - ret(rows3.units, id))).toBeLessThan(0.9);
  });
});

// The fourth reference, held out (fixture.ts tallHall): added on 2026-11-27 after every model choice had been
// made on the first three and never used to tune one, so it is an unbiased sample of how far the model is from
// OpenFOAM on a hall it has not seen — a 4 m ceiling, a central hot aisle between two rows of eight racks
// facing the long walls, both CRAHs on one end wall blowing along the two wall-side cold aisles, racks of
// 5–14 kW at ΔT 10 or 15 K. OpenFOAM reference-tall.json (16 cycles of 1,000 SIMPLE iterations, 944 s on one
// core of the shared box; like rows3 its SIMPLE solution swings, by up to 1.4 K within its final cycle, so
// the rack coupling stopped at the 15-cycle cap with a last exhaust change of 0.60 K — its noise floor; the
// returns carry the rack heat within 0.5 %). Measured once, before any change, with the accurate mode
// (200 steps, not converged): RMS 1.75 K, max 3.08 K (A4/A5), bias −1.14 K: Hallflow is cooler along the
// middle of row A (−2.1…−3.1 K) and row B's west half, warmer at B6–B8 (+0.8…+1.7 K); hottest intake
// cell 2.37 / 6.07 K; the fast mode 2.74 / 5.25 K (bias −2.21 K). Since late 2026-11-27 (the accurate mode's 800-step cap:
// 339 steps, the mean of 240) RMS 1.64 K, max 2.92 K (A4), bias −1.02 K, hottest intake cell 2.25 / 5.30 K, CRAH
// returns +0.39 / −0.39 K; warm-started 1.59 / 2.69 K. Since 2026-11-28 (the stop test that sees longer swings,
// batch-means.ts: 559 steps, the mean of 460) RMS 1.59 K, max 2.82 K (A4), bias −0.98 K, hottest intake cell
// 2.07 / 4.60 K, returns +0.41 / −0.41 K; warm-started 1.58 / 2.77 K. Within the figures every result states
// (constants.ts INTAKE_UNCERTAINTY, from the first three), not within the goal (RMS ≤ 1.0 K, max ≤ 2.5 K).
// A regression guard at the measured level (+ ~15 %).
describe('held-out tall hall (4 m ceiling, central hot aisle, end-wall CRAHs) vs OpenFOAM (stored reference; known gap)', () => {
  heldOutChecks('tall', tallHall, { rms: '1.9', max: '3.4', measured: '1.64 / 2.90', goal: 'not met', units: ['CRAH-S', 'CRAH-N'], within: '0.6', returns: '+0.42 / −0.41 K' });
});

// The fifth reference, also held out (fixture.ts crossHall; added the same day, after tall, and like it
// never used to tune anything): perimeter CRAHs on two walls, one blowing across row A's fronts, the other
// along row B's cold aisle; two rows of seven racks back to back around a 1.2 m hot aisle, a 3.6 m ceiling.
// OpenFOAM reference-cross.json (16 cycles of 1,000 SIMPLE iterations, ≈ 940 s on one core of the shared box;
// last exhaust change 0.031 K; its final cycle was run by hand after make-reference.sh stopped on an edit
// made to it while it ran). Measured once, before any change, with the accurate mode (139 steps): RMS 1.35 K,
// max 3.97 K (B5), bias −0.34 K: row A (fed straight by CRAH-1) within 0.6 K, row B cooler where OpenFOAM
// has hot air over its south half (B4–B6 −1.4…−4.0 K) and warmer at B1–B2 (+1.1…+1.4 K); hottest intake
// cell 2.02 / 4.52 K; CRAH returns +1.46 / −1.44 K; the fast mode 2.29 / 5.83 K. Its largest mean-intake
// error (3.97 K, 3.95 K warm-started) is above the ±3.5 K the accurate mode stated from the first three
// halls: the stated figure is now ±4 K, from all five (constants.ts INTAKE_UNCERTAINTY). A regression guard
// at the measured level (+ ~15 %).
describe('held-out cross hall (CRAHs on two walls, one blowing across a row) vs OpenFOAM (stored reference; known gap)', () => {
  const { reference: cross, r } = heldOutChecks('cross', crossHall, { rms: '1.6', max: '4.5', measured: '1.34 / 3.94', goal: 'not met', units: ['CRAH-1', 'CRAH-2'], within: '1.7', returns: '+1.46 / −1.44 K' });

  it('row A, fed straight by CRAH-1, within 1 K of OpenFOAM on every rack (measured ≤ 0.6 K)', () => {
    for (const x of cross.racks.filter((q) => q.id.startsWith('A'))) expect(Math.abs(r.racks.find((q) => q.id === x.id)!.intakeMean - x.intakeMean)).toBeLessThan(1);
  });
});

// The sixth reference, held out (fixture.ts hotHall), past the first five's scope: racks of 15–30 kW into
// the air (A at IT ΔT 14 K, B at 12 K) and a 4.6 m ceiling, as in the sample halls; two rows of seven around
// a 1.8 m cold aisle fed from both ends by 1.8 m wide CRAHs (3.1 m/s), 110 % of the rack airflow. OpenFOAM
// reference-hot.json (16 cycles of 1,000 SIMPLE iterations, 1,304 s on one core of the shared box, next to
// other runs; its SIMPLE solution swings — rack A1 by 3.4 K within the final cycle — so the rack coupling
// stopped at the cap with a last exhaust change of 0.21 K). Measured once, before any change, with the
// accurate mode (139 steps): RMS 1.18 K, max 2.31 K (B6/B7), bias +0.76 K: Hallflow warmer at the east ends
// of both rows (+1.1…+2.3 K); hottest intake cell 3.79 / 6.93 K (7.74 K warm-started); CRAH returns −0.79 /
// +0.74 K; the fast mode 1.06 / 2.85 K. A regression guard at the measured level (+ ~15 %).
describe('held-out hot hall (15–30 kW racks, 4.6 m ceiling) vs OpenFOAM (stored reference; known gap)', () => {
  heldOutChecks('hot', hotHall, { rms: '1.4', max: '2.7', measured: '1.18 / 2.31', goal: 'not met', units: ['CRAH-W', 'CRAH-E'], within: '1', returns: '−0.79 / +0.74 K' });
});

// The seventh reference, held out (fixture.ts floorHall), the first with a raised floor: both CRAHs supply the
// plenum, twelve equal perforated tiles (25 % open) along a 1.8 m cold aisle, 110 % of the rack airflow;
// OpenFOAM sees each tile as an inlet of 1/12 of the CRAH airflow at the supply temperature (what the engine's
// lumped plenum gives equal tiles; the engine then shifts the split slightly with the room pressure). OpenFOAM
// reference-floor.json (11 cycles of 1,000 SIMPLE iterations, 715 s on one core of the shared box, steady:
// last exhaust change 0.012 K). A well-supplied hall: every intake within 1.5 K of the supply in OpenFOAM.
// Measured once, before any change, with the accurate mode (139 steps): RMS 0.65 K, max 1.00 K (B3), bias
// +0.39 K; hottest intake cell 2.16 / 3.75 K; CRAH returns within 0.03 K; the fast mode 0.89 / 1.88 K. Within
// the goal (RMS ≤ 1.0 K, max ≤ 2.5 K) on this hall. A regression guard at the measured level (+ ~15 %).
describe('held-out raised-floor hall (perforated tiles) vs OpenFOAM (stored reference)', () => {
  heldOutChecks('floor', floorHall, { rms: '0.75', max: '1.2', measured: '0.64 / 1.00', goal: 'met here', units: ['CRAH-W', 'CRAH-E'], within: '0.2', returns: '+0.03 / −0.02 K' });
});

// The eighth reference, held out (fixture.ts cacHall), the first with containment: the floor hall's geometry
// with its tiled cold aisle (x 1.8–5.4, y 2.4–4.2) closed by end panels and a roof at 2.0 m, leakage 0.1, and
// the CRAHs under-supplying it (2 × 3.2 m³/s, 90 % of the rack airflow), so 0.74 m³/s of room air must leak
// in through the panels. OpenFOAM sees the panels as a Darcy resistance in the cells either side of the
// faces the engine marks LEAK, along their normals, set to the engine's κ (case-writer.ts; a porousBaffle-
// Pressure baffle diverged in v1912); the law it achieved (check-leaks.ts, stored in the reference): κ·0.995
// from p' = p + g·z (κ·1.11 from p_rgh). reference-cac.json: 13 cycles of 1,000 SIMPLE iterations, 465 s,
// steady (last exhaust change 0.013 K); all 0.737 m³/s leaks in (0.364 through the end panels, 0.373 through
// the roof) at 31.5 °C; the engine (accurate) 0.357 / 0.379 m³/s at 33.0 °C. Measured once, before any change,
// with the accurate mode (99 steps): RMS 0.71 K, max 1.51 K (B1, ours cooler; A1, A6, B6 at the aisle ends
// too), bias −0.29 K; hottest intake cell 2.91 / 4.38 K; CRAH returns +0.05 / −0.04 K; warm-started 0.66 /
// 1.33 K; the fast mode 0.51 / 1.01 K (hottest cell 5.15 / 7.03 K). Within the goal (RMS ≤ 1.0 K, max ≤ 2.5 K)
// on this hall. A regression guard at the measured level (+ ~15 %).
describe('held-out cold-aisle containment hall (under-supplied raised floor) vs OpenFOAM (stored reference)', () => {
  const { reference: cac } = heldOutChecks('cac', cacHall, { rms: '0.82', max: '1.75', measured: '0.72 / 1.53', goal: 'met here', units: ['CRAH-W', 'CRAH-E'], within: '0.2', returns: '+0.05 / −0.04 K' });

  it("the reference's panels follow the engine's leak law within 2 % and take in the whole shortfall (rack airflow − CRAH airflow)", () => {
    const law = leakLaw(cac);
    expect(Math.abs(law.kappaP / law.kappaEngine - 1)).toBeLessThan(0.02);
    const shortfall = cacHall().racks.reduce((s, x) => s + rackAirflow(x), 0) - cacHall().coolingUnits.reduce((s, u) => s + u.airflow, 0);
    expect(Math.abs(law.netIn - shortfall)).toBeLessThan(0.005);
  });
});

// The ninth reference, held out (fixture.ts hacHall), the first with a hot-aisle chimney and a ceiling return, as
// in the product's sample hall: a raised floor (twelve tiles in the two outer cold aisles), two rows of six
// racks at 8–20 kW back to back around a central hot aisle closed by a roofed containment (x 2.4–6.0, y 3.0–
// 4.2, leakage 0.1) under a ceiling plenum, which the engine makes a chimney (panels to the ceiling, no roof),
// and both CRAHs returning from the ceiling plenum, i.e. through the chimney's top (the engine's one
// 'ceiling/return' patch, OpenFOAM's ceiling_return on the same faces; case-writer.ts), at 108 % of the rack
// airflow, so 0.845 m³/s of room air must leak INTO the hot aisle. reference-hac.json: 11 cycles of 1,000
// SIMPLE iterations, 700 s, steady (last exhaust change 0.017 K); the calibrated Darcy panels (cac's factor)
// achieved κ·0.90 here from p' (end panels 0.98; the side panels above the racks, beside the chimney's
// ≈ 2.7 m/s updraught, 0.85; a second run with those panels' resistance × 0.855 reached κ·0.98 and moved
// no rack mean intake by more than 0.11 K: README); 1.228 m³/s in at 25.6 °C and 0.383 out, net 0.845 (end panels −0.118, sides
// +0.963); the engine (accurate) 1.206 in, 0.361 out (end panels −0.065, sides +0.910). Measured once, before
// any change, with the accurate mode: RMS 0.33 K, max 0.71 K (A1, ours cooler), bias −0.08 K; hottest intake
// cell 1.07 / 2.20 K; the fast mode 0.45 / 0.95 K (B6; hottest cell 1.13 / 3.13 K); the shared ceiling
// return +0.006 K. Within the goal on this hall. A regression guard at the measured level (+ ~15 %).
describe('held-out hot-aisle chimney hall (ceiling return plenum, raised floor) vs OpenFOAM (stored reference)', () => {
  const { reference: hac, r } = heldOutChecks('hac', hacHall, { rms: '0.4', max: '0.85', measured: '0.34 / 0.83', goal: 'met here', units: ['CRAH-W', 'CRAH-E'], within: '0.1', returns: '+0.006 / +0.006 K' });

  it("the chimney's panels take room air IN: net leak flow = ceiling return − rack exhaust, in both codes; OpenFOAM's law within 15 % of the engine's", () => {
    const law = leakLaw(hac);
    const doc = hacHall();
    const excess = unitExcess(doc);
    expect(excess).toBeGreaterThan(0.8);
    expect(Math.abs(law.netIn - excess)).toBeLessThan(0.005);
    expect(law.grossIn).toBeGreaterThan(law.grossOut);
    // measured κ·0.90 (below the rack tops ≈ 1, beside the updraught 0.85): a looser guard than cac's 2 %
    expect(Math.abs(law.kappaP / law.kappaEngine - 1)).toBeLessThan(0.15);
    // both CRAHs return the same (the shared plenum), and the engine's return carries the rack heat
    expect(r.units[0].returnT).toBeCloseTo(r.units[1].returnT, 9);
    expect(Math.abs(r.units[0].returnT - hac.units[0].returnT)).toBeLessThan(0.1);
  });
});


// The tenth reference, held out (fixture.ts doorsHall), the first with rear-door heat exchangers: the hot
// hall's plan under a 3.6 m ceiling, racks of 20–40 kW (A at IT ΔT 14 K, B at 12 K), every rack with a library
// rear door on 18 °C water (passive 30 kW below 30 kW, active 35 kW from 30 kW), CRAHs at 110 % of the rack
// airflow. OpenFOAM's exhausts follow the engine's compact door model on OpenFOAM's own intakes (update-exhaust.ts
// exhaustTarget calls hx.ts rearDoorHeat). reference-doors.json: 9 cycles of 1,000 SIMPLE iterations, 484 s on
// the shared box next to another run, steady (last exhaust change 0.012 K, intakes within 0.11 K over the final
// cycle); the doors took 323.1 kW of the 404 kW (66–94 % per rack) and the CRAH returns carry the rest within
// 0.33 %. Measured once, before any change, with the accurate mode (119 steps): RMS 0.56 K, max 1.32 K (B7,
// ours cooler; A7 −0.92 K: the east ends of both rows), bias −0.07 K; hottest intake cell 0.74 / 1.38 K; CRAH
// returns −0.07 / +0.18 K; door heat 321.6 kW against 323.1 kW (per rack within 1.94 kW, B7, where our
// intake is cooler); the fast mode 0.67 / 1.86 K (door heat 317.7 kW). Within the goal (RMS ≤ 1.0 K, max ≤
// 2.5 K) on this hall. A regression guard at the measured level (+ ~15 %).
describe('held-out rear-door hall (20–40 kW racks with rear doors) vs OpenFOAM (stored reference)', () => {
  const { reference: doors, r } = heldOutChecks('doors', doorsHall, { rms: '0.65', max: '1.55', measured: '0.56 / 1.32', goal: 'met here', units: ['CRAH-W', 'CRAH-E'], within: '0.3', returns: '−0.07 / +0.18 K' });

  it("the reference's exhausts are the compact door model of its own intakes (within 0.02 K; measured 0.007 K)", () => {
    for (const rack of doorsHall().racks) {
      const x = doors.racks.find((q) => q.id === rack.id)!;
      const c = AIR_DENSITY * AIR_CP * rackAirflow(rack);
      expect(Math.abs(x.intakeMean + (rackAirHeat(rack) - x.doorHeat!) / c - x.exhaustT!)).toBeLessThan(0.02);
    }
  });

  it("the engine's door heat: the hall's within 1 % of OpenFOAM's (measured −0.48 %), each rack's within 2.3 kW (measured ≤ 1.94 kW, B7)", () => {
    const theirs = doors.racks.reduce((s, x) => s + x.doorHeat!, 0);
    console.log(`doors hall: door heat ${(r.energy.doorHeat / 1e3).toFixed(2)} kW vs OpenFOAM ${(theirs / 1e3).toFixed(2)} kW`);
    expect(Math.abs(r.energy.doorHeat / theirs - 1)).toBeLessThan(0.01);
    for (const x of doors.racks) expect(Math.abs(r.racks.find((q) => q.id === x.id)!.doorHeat - x.doorHeat!)).toBeLessThan(2300);
  });
});

// The eleventh reference, held out (fixture.ts inrowHall), the first with in-row coolers and without CRAHs: two
// rows back to back around an open 1.2 m hot aisle, each of six racks of 8–20 kW (IT ΔT 12 K) and two 0.6 m
// in-row coolers supplying 22 °C air at their front into the 1.8 m cold aisles along the long walls and
// returning at their rear from the hot aisle, 107 % of the rack airflow; open row ends. OpenFOAM sees each
// cooler as the engine does (case-writer.ts: front supply at the setpoint, rear return drawn evenly). Its SIMPLE
// solution wanders slowly (intakes by up to 3.1 K within 3,000 iterations: A3/A4 and B5/B6, where hot air spills
// over the rows), so reference-inrow.json runs cycles of 3,000 iterations averaged whole (make-reference.sh): 9
// cycles, 1,371 s on the shared box next to another run, stopped at the cap with a last exhaust change of
// 0.16 K; the coolers' returns carry the rack heat within 0.36 % (a first run of 1,000-iteration cycles
// missed it by 0.96 % and was not kept). Measured once, before any change, with the accurate mode (139 steps):
// RMS 0.53 K, max 1.03 K (A6), bias +0.08 K; hottest intake cell 0.88 / 1.56 K; cooler returns −0.29 / +0.01 /
// +0.63 / −0.52 K (their references moved by up to 0.7 K between the two runs: noise of the wander); the fast
// mode 0.67 / 1.31 K. Within the goal (RMS ≤ 1.0 K, max ≤ 2.5 K) on this hall. A regression guard at the
// measured level (+ ~15 %); the helper's "CRAH returns" are the in-row coolers' here.
describe('held-out in-row cooler hall (open hot aisle, no CRAHs) vs OpenFOAM (stored reference)', () => {
  heldOutChecks('inrow', inrowHall, { rms: '0.62', max: '1.2', measured: '0.55 / 1.15', goal: 'met here', units: ['IR-A1', 'IR-A2', 'IR-B1', 'IR-B2'], within: '0.75', returns: '−0.29 / +0.03 / +0.60 / −0.50 K' });
});

// The twelfth reference, held out (fixture.ts hacrowHall), the configuration of the future-300kw sample hall: the
// inrow hall with its hot aisle closed by a roofed hot-aisle containment (x 1.8–6.6, y 3.0–4.2, leakage 0.1)
// under a ceiling plenum — a chimney to the ceiling, closed there since no unit returns from the ceiling — so
// only the in-row coolers draw from it, 107 % of the rack airflow: room air leaks in through the panels.
// reference-hacrow.json: like inrow's, cycles of 3,000 SIMPLE iterations averaged whole (a first run of
// 1,000-iteration cycles wandered: 0.23–0.34 K exhaust changes for six cycles); 9 cycles, 27,000 iterations,
// 1,238 s, stopped at the cap with a last exhaust change of 0.063 K; the panels' law achieved κ·1.02 from p'
// (cac's calibrated Darcy factor), 0.826 m³/s in, none out, at 24.0 °C. Measured once, before any change
// (2026-11-27), accurate mode (79 steps): RMS 0.31 K, max 0.62 K, bias −0.27 K; hottest intake cell 0.59 /
// 1.12 K; cooler returns −0.06 / −0.31 / +0.25 / +0.13 K; fast mode 0.93 / 1.43 K (bias +0.73 K; hottest
// cell 1.69 / 2.36 K). Within the goal on this hall. A regression guard at the measured level (+ ~15 %).
describe('held-out in-row coolers drawing from a hot-aisle chimney (future-300kw sample configuration) vs OpenFOAM (stored reference)', () => {
  const { reference } = heldOutChecks('hacrow', hacrowHall, { rms: '0.36', max: '0.72', measured: '0.31 / 0.62', goal: 'met here', units: ['IR-A1', 'IR-A2', 'IR-B1', 'IR-B2'], within: '0.4', returns: '−0.06 / −0.31 / +0.25 / +0.13 K' });

  it("the chimney's panels take room air IN: net leak flow = in-row cooler flow − rack exhaust; OpenFOAM's law within 5 % of the engine's", () => {
    const law = leakLaw(reference);
    const doc = hacrowHall();
    const excess = unitExcess(doc);
    expect(excess).toBeGreaterThan(0.5);
    expect(Math.abs(law.netIn - excess)).toBeLessThan(0.01);
    expect(law.grossOut).toBeLessThan(0.05 * law.netIn);
    expect(Math.abs(law.kappaP / law.kappaEngine - 1)).toBeLessThan(0.05);
  });
});

// The thirteenth reference, held out (fixture.ts openceilHall): a ceiling return over the OPEN room, the classic
// legacy hall — floor's geometry (two rows of six racks facing a tiled 1.8 m cold aisle, hot aisles along the
// long walls, 0.6 m raised floor) under a ceiling plenum, no containment, both CRAHs supplying the floor and
// returning from the plenum, which the engine extracts evenly over the whole open ceiling (its one
// 'ceiling/return' patch; OpenFOAM's ceiling_return on the same faces, case-writer.ts, unchanged: it already took
// the whole ceiling without a chimney); racks of 6–14 kW, 108 % of the rack airflow. reference-openceil.json: 10
// cycles of 1,000 SIMPLE iterations, 342 s on the shared box next to another run, steady (last exhaust change
// 0.013 K); the returns carry the rack heat within 0.04 %. Hot air comes round the row ends: OpenFOAM's
// end racks (A1, A6, B1, B6) draw 22.7–23.2 °C, the rest 20.1–20.5 °C. Measured once, before any change
// (2026-11-27), accurate mode (129 steps): RMS 1.44 K, max 2.77 K (A1, ours cooler; A6, B1, B6 −2.1…−2.5 K),
// bias −0.62 K; hottest intake cell 4.87 / 8.69 K (A1, ours cooler; OpenFOAM 30.1 °C there) — ABOVE the ±8.5 K
// the accurate mode states (constants.ts INTAKE_UNCERTAINTY; 8.68 K warm-started): the every-hall test below
// fails on it; CRAH returns +0.004 / +0.004 K; the fast mode 1.50 / 2.38 K (bias +0.14 K; hottest cell 4.39 /
// 8.16 K). Not within the goal (RMS ≤ 1.0 K, max ≤ 2.5 K) on this hall. A regression guard at the measured
// level (+ ~15 %).
describe('held-out ceiling return over the open room (raised floor, no containment) vs OpenFOAM (stored reference; known gap)', () => {
  const { reference, r } = heldOutChecks('openceil', openceilHall, { rms: '1.65', max: '3.2', measured: '1.43 / 2.78', goal: 'not met', units: ['CRAH-W', 'CRAH-E'], within: '0.1', returns: '+0.004 / +0.004 K' });

  it('both CRAHs return the same (the shared plenum), in both codes', () => {
    expect(r.units[0].returnT).toBeCloseTo(r.units[1].returnT, 9);
    expect(Math.abs(reference.units[0].returnT - reference.units[1].returnT)).toBeLessThan(0.01);
  });
});

// The fourteenth reference, held out (fixture.ts cacopenHall): cac's geometry and leakage with the containment's
// roof off (end panels only, 2.0 m, leakage 0.1; the rack rows close its sides) and the CRAHs, returning at their
// top, at 95 % of the rack airflow (2 × 3.39 m³/s, 0.357 m³/s short), so hot room air spills over the open top
// into the tiled aisle. reference-cacopen.json: 12 cycles of 1,000 SIMPLE iterations, 555 s on the shared box
// next to another run, steady (last exhaust change 0.015 K); the returns carry the rack heat within 0.04 %; the
// end panels' law achieved κ·0.955 from p' (cac's calibrated Darcy factor; κ·0.64 from p_rgh), and they carry
// little: net 0.064 m³/s OUT of the aisle (0.071 out, 0.007 in), so the whole shortfall and more comes over
// the open top. Measured once, before any change (2026-11-27), accurate mode (109 steps): RMS 0.50 K, max
// 0.96 K (B1, B6, ours cooler), bias −0.05 K; hottest intake cell 2.43 / 5.26 K (B1); CRAH returns +0.10 /
// −0.09 K; warm-started 0.46 / 0.82 K (hottest cell 4.23 K); the fast mode 0.90 / 2.02 K (bias +0.63 K;
// hottest cell 4.15 / 6.44 K). Within the goal (RMS ≤ 1.0 K, max ≤ 2.5 K) on this hall. A regression guard
// at the measured level (+ ~15 %).
describe('held-out cold-aisle containment without a roof (under-supplied raised floor) vs OpenFOAM (stored reference)', () => {
  const { reference } = heldOutChecks('cacopen', cacopenHall, { rms: '0.58', max: '1.1', measured: '0.50 / 0.97', goal: 'met here', units: ['CRAH-W', 'CRAH-E'], within: '0.2', returns: '+0.10 / −0.09 K' });

  it("the reference's end panels follow the engine's leak law within 10 % (measured κ·0.955) and carry little: the shortfall comes over the open top", () => {
    const law = leakLaw(reference);
    expect(Math.abs(law.kappaP / law.kappaEngine - 1)).toBeLessThan(0.1);
    const doc = cacopenHall();
    const shortfall = doc.racks.reduce((s, x) => s + rackAirflow(x), 0) - doc.coolingUnits.reduce((s, u) => s + u.airflow, 0);
    expect(shortfall).toBeGreaterThan(0.3);
    expect(law.roofIn).toBe(0);
    expect(Math.abs(law.netIn)).toBeLessThan(0.25 * shortfall);
  });
});

// The fifteenth reference, held out (fixture.ts fanwallHall), the first with fan walls, the modern AI hall's air
// configuration: a slab floor, a 5.0 m ceiling with a ceiling return plenum (taller than any reference before),
// two fan walls (kind 'fanWall', 3.6 m wide, 1.4 m deep, 3.6 m high) filling the west wall and flooding the room
// at 24 °C (≈ 0.9 m/s over their faces), 110 % of the rack airflow, returning from the ceiling plenum through
// the chimney the engine makes of a roofed hot-aisle containment (x 3.0–6.6, y 3.0–4.2, leakage 0.1) between
// two rows of six racks of 20–40 kW into the air (IT ΔT 14 K; 348 kW). OpenFOAM sees a fan wall as a CRAH with
// a front supply and a ceiling return (case-writer.ts needed no change: in the engine too a fan wall is
// exactly that). reference-fanwall.json: 14 cycles of 1,000 SIMPLE iterations, 941 s on the shared box next
// to another run, steady (last exhaust change 0.019 K; exhaust changes fell every cycle, 10.3 → 0.019 K); the
// shared ceiling return carries the rack heat to 0.03 %; the calibrated Darcy panels achieved κ·0.89 from p';
// 4.45 m³/s in at 30.3 °C and 2.32 out (hot air leaking out of the chimney's sides), net 2.13. Measured once,
// before any change (2026-11-27), accurate mode (139 steps): RMS 0.71 K, max 1.36 K (B5, ours cooler; B6
// −1.30 K: the east ends of the rows, where OpenFOAM's intakes are warmest), bias −0.12 K; hottest intake
// cell 1.66 / 2.81 K (B4); warm-started 0.89 / 1.85 K (hottest cell 2.09 / 3.81 K); the fan walls' shared
// return +0.004 K; the fast mode 0.98 / 2.42 K (B6, ours warmer; bias +0.41 K; hottest cell 2.02 / 4.22 K;
// warm-started 0.63 / 1.06 K, hottest cell 1.77 / 4.05 K); RCI_HI accurate 100.0 %, fast 95.3 % (warm 96.4 %)
// vs OpenFOAM's 98.2 %. Within the goal (RMS ≤ 1.0 K, max ≤ 2.5 K) on this hall and within the stated figures.
// A regression guard at the measured level (+ ~15 %); the helper's "CRAH returns" are the fan walls' here.
describe('held-out fan-wall hall (fan walls returning through a hot-aisle chimney, 20–40 kW racks, 5 m ceiling) vs OpenFOAM (stored reference)', () => {
  const { reference: fanwall, r } = heldOutChecks('fanwall', fanwallHall, { rms: '0.92', max: '1.96', measured: '0.80 / 1.70', goal: 'met here', units: ['FW-S', 'FW-N'], within: '0.1', returns: '+0.004 / +0.004 K' });

  it("the chimney's panels take room air IN on balance: net leak flow = fan-wall flow − rack exhaust; OpenFOAM's law within 15 % of the engine's", () => {
    const law = leakLaw(fanwall);
    const doc = fanwallHall();
    const excess = unitExcess(doc);
    expect(excess).toBeGreaterThan(2);
    expect(Math.abs(law.netIn - excess)).toBeLessThan(0.01);
    expect(law.grossIn).toBeGreaterThan(law.grossOut);
    // measured κ·0.89, as hac's κ·0.90 beside its updraught
    expect(Math.abs(law.kappaP / law.kappaEngine - 1)).toBeLessThan(0.15);
    // both fan walls return the same (the shared plenum)
    expect(r.units[0].returnT).toBeCloseTo(r.units[1].returnT, 9);
  });
});

// The sixteenth reference, held out (fixture.ts hacopenHall): hot-aisle containment that is NOT a chimney, the last
// containment configuration the references lacked — hac's plan (8.4 × 7.2 m, 0.6 m raised floor, the twelve tiles
// along the outer cold aisles, end-wall CRAHs supplying the floor) with no ceiling plenum under a 3.6 m ceiling,
// the hot aisle (x 2.4–6.0, y 3.0–4.2) closed by end panels only (roof false, 2.0 m, leakage 0.1), racks of
// 8–18 kW (A at IT ΔT 12 K, B at 14 K; 147 kW, 9.55 m³/s), the CRAHs returning at their TOP at 105 % of the rack
// airflow (2 × 5.01 m³/s): the exhaust rises out of the open top, spreads under the ceiling and returns to the
// CRAH tops. reference-hacopen.json: 15 cycles of 1,000 SIMPLE iterations (+ the final one), 1,034 s on the shared
// box next to another run; the exhaust changes fell every cycle to 0.03 K by cycle 11 (5.8 → 0.030 K) and then
// sat at 0.026–0.030 K (a noise floor, not a wander), so the run stopped at the 15-cycle cap, last exhaust change
// 0.027 K (recorded as run.lastExhaustChangeK); the returns carry the rack heat within 0.03 %; the calibrated
// Darcy panels achieved κ·1.04 from p' (κ·1.04 from p_rgh) and carry air only OUT of the aisle: 1.56 m³/s (none
// in), so 8.0 of the racks' 9.55 m³/s of exhaust leaves over the open top. Measured once, before any change
// (2026-11-27), accurate mode (139 steps): RMS 0.62 K, max 1.30 K (B6, ours cooler), bias +0.12 K; hottest intake
// cell 1.80 / 4.22 K (B6); CRAH returns +0.06 / −0.05 K; warm-started 0.79 / 1.32 K (hottest cell 1.84 / 3.75 K);
// the fast mode 0.85 / 1.54 K (bias +0.34 K; hottest cell 2.93 / 5.16 K; returns ±0.47 K; warm-started 0.92 /
// 1.76 K, hottest cell 2.76 / 4.29 K); RCI_HI 100 / 100 in both modes. Within the goal (RMS ≤ 1.0 K, max ≤
// 2.5 K) on this hall and within the stated figures. A regression guard at the measured level (+ ~15 %).
describe('held-out hot-aisle containment without a roof (top-return CRAHs, raised floor, no ceiling plenum) vs OpenFOAM (stored reference)', () => {
  const { reference } = heldOutChecks('hacopen', hacopenHall, { rms: '0.72', max: '1.5', measured: '0.52 / 0.81', goal: 'met here', units: ['CRAH-W', 'CRAH-E'], within: '0.15', returns: '−0.11 / +0.11 K' });

  it("the reference's end panels follow the engine's leak law within 10 % (measured κ·1.04) and carry hot air out only: most of the exhaust leaves over the open top", () => {
    const law = leakLaw(reference);
    expect(Math.abs(law.kappaP / law.kappaEngine - 1)).toBeLessThan(0.1);
    const doc = hacopenHall();
    const exhaust = doc.racks.reduce((s, x) => s + rackAirflow(x), 0);
    expect(law.roofIn).toBe(0);
    // measured 1.56 m³/s out, none in: the aisle is above the room's pressure at its ends
    expect(law.netIn).toBeLessThan(0);
    expect(law.grossIn).toBeLessThan(0.05);
    expect(-law.netIn).toBeLessThan(0.25 * exhaust);
  });
});

// The seventeenth reference, held out (fixture.ts upflowHall), the first with cooling units that blow neither from
// their front nor into a raised floor: two legacy UPFLOW CRAHs on a slab (kind 'crah', supply 'top', return
// 'front'; 1.8 × 0.8 × 2.0 m) at the ends of the hot aisles (UF-W west wall facing +x along the south hot aisle,
// UF-E east wall facing −x along the north one) blow 18 °C straight up from their whole top face (3.2 m/s) and
// draw from their whole front face, 110 % of the rack airflow (2 × 4.54 m³/s), in the hot hall's plan under a
// 3.6 m ceiling (two rows of seven racks of 5–12 kW, IT ΔT 12 K, 118 kW, around a 1.8 m central cold aisle).
// case-writer.ts writes a top supply and a front return on exactly the engine's 'top' and 'front' faces
// (hall-problem.ts; 36 and 90 faces, 1.44 and 3.6 m², checked against the engine's patches) and the other
// halls' cases unchanged. reference-upflow.json: 23 cycles of 1,000 SIMPLE iterations, 1,357 s on the shared box
// next to another run; the exhaust changes fell every cycle (6.49 → 0.064 K at the default 15-cycle cap, ≈ ×0.74 a
// cycle), but there the returns carried the rack heat only to 0.75 % (0.51 % at 0.019 K), so the run was
// continued with the same steps to 0.007 K (make-reference.sh: upflow stops below 0.01 K, at most 25 cycles);
// the returns carry the rack heat to 0.46 % (a plateau: 0.75, 0.51, 0.46 %), intake spreads over the final cycle
// ≤ 0.19 K. Measured before any change (2026-11-27; first against the 16-cycle run, intakes 0.02–0.04 K cooler:
// 2.33 / 4.32 K), accurate mode (200 steps, not converged): RMS 2.35 K, max 4.36 K (B1; A4 −3.61), bias −2.08 K
// — ours cooler at every rack (OpenFOAM's intakes 25.3–27.7 °C, nearly uniform: the rising jets mix the room);
// hottest intake cell 2.35 / 4.63 K; warm-started 2.35 / 3.88 K (hottest cell 2.25 / 4.02 K); returns +0.38 /
// −0.29 K; the fast mode 3.77 / 6.71 K (B5, bias −2.99 K; hottest cell 3.38 / 6.08 K; warm-started 2.75 / 4.31 K,
// hottest cell 2.78 / 4.32 K); RCI_HI accurate 100.0 %, fast 97.7 % (warm 95.2 %) vs OpenFOAM's 93.0 %. Since
// late 2026-11-27 (the accurate mode's 800-step cap: 439 steps, one restart, the mean of 160): RMS 1.97 K, max 3.64 K
// (A4), bias −1.80 K, hottest intake cell 1.96 / 4.27 K, returns +0.56 / −0.46 K; warm-started (659 steps) 2.89 /
// 4.81 K, hottest cell 3.16 / 4.72 K, RCI_HI 93.8 %: above the ±4.5 K stated until then, so the accurate mean
// figure is ±5 K (constants.ts). Since 2026-11-28 (the stop test that sees longer swings, batch-means.ts; a
// restarted average must grow as long as the one it replaced: 589 steps, one restart after ≈ 175 averaged, the
// mean of 310) RMS 2.06 K, max 3.74 K (A4), bias −1.88 K, hottest intake cell 2.06 / 4.31 K, returns +0.62 /
// −0.52 K; warm-started (800 steps, the cap) 2.23 / 3.40 K; the figure stays ±5 K. Since the accurate mode's
// steady energy solve at step 20 (2026-11-28, sixteenth session; index.ts ENERGY_SNAP_STEP: 539 steps, one
// restart, the mean of 260) RMS 1.74 K, max 3.39 K, bias −1.40 K, hottest intake cell 1.84 / 3.76 K, returns
// +0.87 / −0.77 K (the guard on them went from 0.7 to 1.0 K); warm-started (799 steps) 2.36 / 3.75 K: the hall
// swings between states over hundreds of steps and where a solve lands depends on its path (with the solve at
// step 10 instead: 1.48 / 2.87 K, returns +1.53 / −1.43 K). OUTSIDE
// the goal (RMS ≤ 1.0 K, max ≤ 2.5 K); it raised the accurate mean figure twice (±4 → ±4.5 K from rest with the
// 200-step cap, → ±5 K warm-started with the 800-step cap). A regression guard at the measured level (+ ~15 %).
describe('held-out upflow hall (upflow CRAHs on a slab: top supply, front return) vs OpenFOAM (stored reference; known gap)', () => {
  heldOutChecks('upflow', upflowHall, { rms: '2.3', max: '4.2', measured: '1.74 / 3.39', goal: 'not met', units: ['UF-W', 'UF-E'], within: '1.0', returns: '+0.87 / −0.77 K' });
});

// The eighteenth reference, held out (fixture.ts hacroofHall): in-row coolers drawing from a ROOFED hot-aisle
// containment with NO ceiling plenum — hacrow's plan (two rows of six racks and two 0.6 m in-row coolers each,
// x 1.8–6.6, around the hot aisle y 3.0–4.2, leakage 0.1) under the 3.6 m ceiling, the roof closing the aisle at
// 2.0 m (not a chimney: its 144 roof faces are LEAK faces like cac's roof, 264 panel faces in all; case-writer.ts
// unchanged); racks of 10–22 kW (IT ΔT 12 K, 197 kW, 13.78 m³/s), the coolers at 107 % of it (4 × 3.69 m³/s),
// so 0.98 m³/s of room air leaks in. reference-hacroof.json: on inrow/hacrow's schedule from the start, 9
// cycles of 3,000 SIMPLE iterations averaged whole, 1,221 s on the shared box next to another run, stopped at the
// 8-cycle cap with a last exhaust change of 0.19 K (0.43, 0.24, 0.24, 0.31, 0.07, 0.22, 0.08, 0.19: the in-row
// wander, not a trend); the coolers' returns carry the rack heat within 0.34 %; the panels' law achieved κ·0.83
// from p' (κ·0.78 from p_rgh; roof κ·0.82, end panels κ·1.22), 0.995 m³/s in (0.70 through the roof, 0.28
// through the end panels), 0.018 out, at 23.6 °C. Measured once, before any change (2026-11-27), accurate mode
// (69 steps): RMS 0.17 K, max 0.27 K (A3, ours cooler), bias −0.15 K (ours 22.00 °C at every rack, OpenFOAM's
// 22.09–22.27 °C); hottest intake cell 0.60 / 1.23 K (A3); cooler returns −0.14 / −0.03 / +0.03 / −0.01 K;
// warm-started 0.15 / 0.26 K (hottest cell 0.56 / 1.18 K); the fast mode 0.59 / 0.91 K (A6, bias +0.43 K; hottest
// cell 1.17 / 1.73 K; warm-started 0.54 / 1.05 K, hottest cell 0.81 / 1.23 K); RCI_HI 100 / 100 in both modes.
// Within the goal (RMS ≤ 1.0 K, max ≤ 2.5 K) and the stated figures. A regression guard at the measured level
// (+ ~15 %).
describe('held-out in-row coolers drawing from a roofed hot aisle without a ceiling plenum vs OpenFOAM (stored reference)', () => {
  const { reference } = heldOutChecks('hacroof', hacroofHall, { rms: '0.2', max: '0.31', measured: '0.17 / 0.27', goal: 'met here', units: ['IR-A1', 'IR-A2', 'IR-B1', 'IR-B2'], within: '0.2', returns: '−0.14 / −0.03 / +0.03 / −0.01 K' });

  it("the roof and end panels take room air IN: net leak flow = in-row cooler flow − rack exhaust, most through the roof; OpenFOAM's law within 20 % of the engine's (measured κ·0.83)", () => {
    const law = leakLaw(reference);
    const doc = hacroofHall();
    const excess = unitExcess(doc);
    expect(excess).toBeGreaterThan(0.5);
    expect(Math.abs(law.netIn - excess)).toBeLessThan(0.01);
    expect(law.grossOut).toBeLessThan(0.05 * law.netIn);
    // measured 0.70 of 0.98 m³/s through the roof
    expect(law.roofIn).toBeGreaterThan(0.5 * law.netIn);
    expect(Math.abs(law.kappaP / law.kappaEngine - 1)).toBeLessThan(0.2);
  });
});

// The nineteenth reference, held out (fixture.ts tallfanHall): the modern AI hall at the top of the range — fanwall's
// plan (9.6 × 7.2 m on a slab, a ceiling return plenum) under a 6.0 m ceiling, two fan walls 3.6 m wide, 1.4 m deep
// and 4.4 m high filling the west wall at 24 °C (≈ 1.1 m/s over their faces), 110 % of the rack airflow (2 × 17.4
// m³/s), returning from the ceiling plenum through the chimney the engine makes of a roofed hot-aisle containment
// (x 3.0–6.6, y 3.0–4.2, leakage 0.1) between two rows of six racks of 35–60 kW into the air (IT ΔT 14–16 K; 561 kW;
// 1.8 m cold aisles). 44,136 fluid cells. The first run: 15 cycles of 1,000 SIMPLE iterations (+ the final one),
// 1,316 s on the shared box next to another run; the exhaust changes fell to 0.41 K by cycle 8, then wandered (0.86,
// 0.97, 0.39, 0.42, 0.31 K) and stopped at the 15-cycle cap at 0.156 K; intake spreads over the final cycle up to
// 3.0 K (B4–B6): the east ends of the rows swing. reference-tallfan.json (2026-11-27, eleventh session) runs it on
// from there in cycles of 3,000 iterations, each averaged whole, to 37,000 (make-reference.sh; 3,161 s in all):
// exhaust changes 0.21, 0.23, 0.11, 0.08, 0.14, 0.09, 0.13 K, a noise floor (recorded as run.lastExhaustChangeK;
// B4–B6 still swing 2.9–3.5 K within a cycle); the stored mean intakes moved by at most 0.10 K (B4) from the first
// run's, RCI_HI not at all, the hottest cells by up to 1.5 K (B4); the shared return carries the rack heat to −0.16 %. Panels κ·0.87 from p'; 9.33 m³/s in at
// 32.8 °C and 6.12 out, net 3.21. Measured against the first run once, before any change (2026-11-27): accurate
// 1.98 / 4.28 K. Against this one, accurate mode (139 steps): RMS 1.99 K, max 4.36 K (B5, ours cooler; A6 −3.52,
// A5 −2.31, B6 −2.30: the east ends of the rows, 27.6–31.9 °C in OpenFOAM, which the engine has cooler; ours
// 0.6–1.2 K warmer at the west racks), bias −0.60 K; hottest intake cell 3.23 / 6.59 K (B5); warm-started 1.75 /
// 4.27 K (hottest cell 5.62 K; 1.62 / 3.95 K and 3.16 K since late 2026-11-27, when the accurate mode's 800-step cap let
// its average restart up to step 400; 1.63 / 3.98 K and 3.23 K since 2026-11-28, the stop test that sees longer
// swings); the fan walls' shared return +0.022 K; the fast mode 1.31 / 3.33 K (B5; bias −0.01;
// hottest cell 2.70 / 6.69 K; warm-started 1.41 / 2.75 K, hottest cell 5.53 K); RCI_HI accurate 95.3 % (warm 91.5 %, 91.6 % since, 91.7 % since 2026-11-28),
// fast 88.0 % (warm 88.6 %) vs OpenFOAM's 80.2 %: the accurate mode from rest is 15.1 points off, beyond the 12
// RCI_POINTS was (now 19). OUTSIDE the goal
// (RMS ≤ 1.0 K, max ≤ 2.5 K), within the stated mean and hottest-cell figures in both modes. A regression guard at
// the measured level (+ ~15 %); the helper's "CRAH returns" are the fan walls' here.
describe('held-out tall fan-wall hall (fan walls through a hot-aisle chimney, 35–60 kW racks, 6 m ceiling) vs OpenFOAM (stored reference; known gap)', () => {
  const { reference: tallfan, r } = heldOutChecks('tallfan', tallfanHall, { rms: '2.3', max: '5.0', measured: '2.05 / 4.30', goal: 'not met', units: ['FW-S', 'FW-N'], within: '0.1', returns: '+0.022 / +0.022 K' });

  it("the chimney's panels take room air IN on balance: net leak flow = fan-wall flow − rack exhaust; OpenFOAM's law within 15 % of the engine's", () => {
    const law = leakLaw(tallfan);
    const doc = tallfanHall();
    const excess = unitExcess(doc);
    expect(excess).toBeGreaterThan(3);
    expect(Math.abs(law.netIn - excess)).toBeLessThan(0.01);
    expect(law.grossIn).toBeGreaterThan(law.grossOut);
    // measured κ·0.87, as fanwall's κ·0.89
    expect(Math.abs(law.kappaP / law.kappaEngine - 1)).toBeLessThan(0.15);
    // both fan walls return the same (the shared plenum)
    expect(r.units[0].returnT).toBeCloseTo(r.units[1].returnT, 9);
  });
});

// The agreement every air result states (AirResult.accuracy, constants.ts INTAKE_UNCERTAINTY): it must hold
// on every reference hall, in both modes, from rest and warm-started from another hall's flow (the app
// solves warm after every edit), for the mean intake and for the hottest intake cell (what the verdicts'
// inlet checks read; OpenFOAM's hottest cell in front of each intake from extract-intake-max.ts). A solver
// change that makes a rack's error larger than the stated figure fails here, not silently in the panel.
/** RCI_HI against OpenFOAM's, percentage points: the largest measured difference + 25 %, rounded: 15.1, the
 *  accurate mode on the tallfan hall (held out; 95.3 against 80.2, the same on a reference run on to 37,000 iterations);
 *  without it 9.7 (the fast mode on the cross hall; 7.0 accurate, upflow), which gave 12; the first three
 *  halls alone gave 4.8. */
const RCI_POINTS = 19;
describe('the agreement with OpenFOAM the air results state holds on every reference hall', () => {
  const halls: [string, () => HallDocument][] = [['small', smallHall], ['dense', denseHall], ['rows3', rows3Hall], ['tall', tallHall], ['cross', crossHall], ['hot', hotHall], ['floor', floorHall], ['cac', cacHall], ['hac', hacHall], ['doors', doorsHall], ['inrow', inrowHall], ['hacrow', hacrowHall], ['openceil', openceilHall], ['cacopen', cacopenHall], ['fanwall', fanwallHall], ['hacopen', hacopenHall], ['upflow', upflowHall], ['hacroof', hacroofHall], ['tallfan', tallfanHall]];
  it("the report's table of reference halls lists these halls, in this order", () => {
    expect(AIR_REFERENCE_HALLS.map((h) => h.hall)).toEqual(halls.map(([name]) => name));
  });
  const hottestErrors = (racks: { id: string; intakeMax: number }[], reference: Reference) =>
    reference.racks.map((x) => Math.abs(racks.find((r) => r.id === x.id)!.intakeMax - x.intakeMaxCell!));
  // the figures a hall's results state: the contained-aisle halls' own (every rack in a contained aisle), else
  // those of all the halls; a contained hall's errors must stay within both
  const stated = (doc: HallDocument) => (racksContained(doc) ? INTAKE_UNCERTAINTY_CONTAINED : INTAKE_UNCERTAINTY);
  const holds = (r: AirResult, reference: Reference, mode: 'accurate' | 'fast', doc: HallDocument) => {
    const figures = stated(doc);
    expect(r.accuracy.mode).toBe(mode);
    expect(r.accuracy.intakeMeanUncertainty).toBe(figures.mean[mode]);
    expect(r.accuracy.intakeMaxUncertainty).toBe(figures.hottest[mode]);
    expect(intakeErrors(r.racks, reference).max).toBeLessThan(figures.mean[mode]);
    expect(reference.racks.every((x) => Number.isFinite(x.intakeMaxCell))).toBe(true);
    expect(Math.max(...hottestErrors(r.racks, reference))).toBeLessThan(figures.hottest[mode]);
  };
  it(`the contained-aisle figures come from ${CONTAINED_REFERENCE_HALLS} of these halls and are no wider than all halls' figures`, () => {
    expect(halls.filter(([, make]) => racksContained(make())).map(([name]) => name)).toEqual(['cac', 'hac', 'hacrow', 'cacopen', 'fanwall', 'hacopen', 'hacroof', 'tallfan']);
    expect(halls.filter(([, make]) => racksContained(make()))).toHaveLength(CONTAINED_REFERENCE_HALLS);
    for (const mode of ['accurate', 'fast'] as const) {
      expect(INTAKE_UNCERTAINTY_CONTAINED.mean[mode]).toBeLessThanOrEqual(INTAKE_UNCERTAINTY.mean[mode]);
      expect(INTAKE_UNCERTAINTY_CONTAINED.hottest[mode]).toBeLessThanOrEqual(INTAKE_UNCERTAINTY.hottest[mode]);
    }
    // the report's table marks the same halls
    expect(AIR_REFERENCE_HALLS.filter((h) => h.contained).map((h) => h.hall)).toEqual(halls.filter(([, make]) => racksContained(make())).map(([name]) => name));
  });
  for (const mode of ['accurate', 'fast'] as const) {
    for (const [name, make] of halls) {
      const figures = stated(make());
      it(`${mode} mode, ${name} hall: rack mean intakes within ±${figures.mean[mode]} K, hottest intake cells within ±${figures.hottest[mode]} K`, () => {
        const { reference, r } = againstReference(name, make(), mode);
        holds(r, reference, mode, make());
      });
      // RCI_HI reads the rack mean intakes (results.ts airMetrics), so OpenFOAM's is the same index of its
      // stored means. Measured 2026-11-27 (ours / OpenFOAM's, %): accurate 100 / 100, 75.4 / 71.6, 96.6 / 100 (800-step cap; 95.2 with 200),
      // 100 / 94.6, 95.3 / 88.8, 100 / 100, 100 / 100; fast 100 / 100, 68.0 / 71.6, 100 / 100, 100 / 94.6,
      // 98.5 / 88.8, 100 / 100, 100 / 100 (small / dense / rows3 / tall / cross / hot / floor); cac (held out,
      // containment) 100 / 100 in both modes; hac (held out, hot-aisle chimney, ceiling return), doors and inrow
      // (held out, rear doors / in-row coolers) and hacrow (in-row coolers drawing from a chimney) 100 / 100 in both modes;
      // openceil (held out, ceiling return over the open room) and cacopen (held out, cold aisle without a roof) 100 / 100
      // in both modes.
      // Accurate mode since its steady energy solve at step 20 (2026-11-28, sixteenth session): dense 75.3, rows3 96.6,
      // tall 100, cross 95.3, upflow 99.5 (warm 100), tallfan 96.3 (warm 91.7) against the same OpenFOAM figures.
      // fanwall (held out, fan walls) 100.0 / 98.2 accurate, 95.3 / 98.2 fast.
      // hacopen (held out, hot aisle without a roof, top-return CRAHs) 100 / 100 in both modes.
      // upflow (held out, upflow CRAHs: top supply, front return) 100.0 / 93.0 accurate (warm 93.8 with the 800-step cap), 97.7 / 93.0 fast (warm 95.2).
      // hacroof (held out, in-row coolers drawing from a roofed hot aisle, no ceiling plenum) 100 / 100 in both modes.
      // tallfan (held out, fan walls, 35–60 kW racks, 6 m ceiling) 95.3 / 80.2 accurate (warm 91.6; 91.5 with the 200-step cap): 15.1 points, beyond
      // the 12 RCI_POINTS was, which is now 19; 88.0 / 80.2 fast (warm 88.6).
      // (Fast warm-started figures here: at most 10 steps of development after the warm start, warmDevelopSteps,
      // measured 2026-11-27 evening; they were measured with 30 before.)
      it(`${mode} mode, ${name} hall: the report's table of reference halls (AIR_REFERENCE_HALLS) states what is measured here`, () => {
        const { reference, r } = againstReference(name, make(), mode);
        const row = AIR_REFERENCE_HALLS.find((h) => h.hall === name)!;
        const { rms, max } = intakeErrors(r.racks, reference);
        // the table's figures are rounded to 0.01 K
        expect(Math.abs(row[mode][0] - rms)).toBeLessThanOrEqual(0.0051);
        expect(Math.abs(row[mode][1] - max)).toBeLessThanOrEqual(0.0051);
        expect(row.racks).toBe(reference.racks.length);
        if (mode === 'accurate') {
          const e = hottestErrors(r.racks, reference);
          expect(Math.abs(row.hottest[0] - Math.sqrt(e.reduce((s, x) => s + x * x, 0) / e.length))).toBeLessThanOrEqual(0.0051);
          expect(Math.abs(row.hottest[1] - Math.max(...e))).toBeLessThanOrEqual(0.0051);
        }
      });
      it(`${mode} mode, ${name} hall: RCI_HI within ${RCI_POINTS} points of OpenFOAM's (from its rack mean intakes)`, () => {
        const { reference, r } = againstReference(name, make(), mode);
        const doc = make();
        const theirs = rciHi(reference.racks.map((x) => x.intakeMean), doc.criteria.airClass);
        console.log(`${mode} ${name}: RCI_HI ${r.metrics.rciHi.toFixed(1)} % vs OpenFOAM ${theirs.toFixed(1)} %`);
        expect(Math.abs(r.metrics.rciHi - theirs)).toBeLessThan(RCI_POINTS);
      });
      // two solves, the first from rest: accurate ones of the slowly swinging halls take up to 800 steps each (upflow
      // 589 + 800 since 2026-11-28; 439 + 659 took 45 s on the otherwise idle 2-core box)
      it(`${mode} mode, ${name} hall, warm-started from an edited hall (first rack's load +50 %): within the same figures`, () => {
        const { reference } = againstReference(name, make(), mode);
        const edited = make();
        edited.racks[0].itLoad *= 1.5;
        const options = mode === 'accurate' ? { mode, cellSize: 0.2 } : { mode };
        const before = solveAir(edited, options);
        if (!before.ok) throw new Error(before.error.message);
        const r = solveAir(make(), { ...options, warmStart: before, warmAfterSmallEdit: true });
        if (!r.ok) throw new Error(r.error.message);
        expect(r.accuracy.basis).toContain('warm-started');
        holds(r, reference, mode, make());
      }, 240_000);
    }
  }
});
