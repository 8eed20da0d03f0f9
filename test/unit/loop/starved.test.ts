// A CDU whose facility water flows, but too little to carry its load away below the coolant's boiling
// point, has no liquid steady state. Checked against the energy balance and the ε-NTU counterflow
// formula of REFERENCE.md §6 computed here: the primary can reject at most
//   q_max = ε·Cmin·(T_b − T_fws),  ε = [1 − e^(−NTU(1−Cr))] / [1 − Cr·e^(−NTU(1−Cr))], NTU = UA/Cmin,
// with the TCS return at the boiling point T_b; q_max ≤ ṁ_p·cp·(T_b − T_fws) (energy balance alone).
// T_b: water at 101.325 kPa, 373.124 K (IAPWS-IF97), the bound the model uses for every coolant.
// Water ρ and cp from the REFERENCE.md §4 table. The primary flow is throttled by overriding the
// CDU's primary valve Kv; each case is classified by the formula, not by the solver's own verdict.
import { describe, expect, it } from 'vitest';
import { coolantProperties } from '../../../workers/fluids';
import { solveLoops, type LoopResult } from '../../../workers/loop';
import { oneRowHall } from './fixtures';

const T_B = 373.124 - 273.15;

function counterflow(ntu: number, cr: number): number {
  if (Math.abs(1 - cr) < 1e-9) return ntu / (1 + ntu);
  const e = Math.exp(-ntu * (1 - cr));
  return (1 - e) / (1 - cr * e);
}

describe('a CDU starved of facility water', () => {
  const doc = oneRowHall(4);
  const cdu = doc.cdus[0];
  const load = doc.racks.reduce((s, r) => s + r.itLoad * r.liquidCaptureFraction, 0);

  const cases = [1, 2, 2.8, 3.2, 4, 6].map((kv) => {
    const r = solveLoops(doc, { overrides: { [`${cdu.id}/valve-p`]: { kv } } });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
    const c = r.cdus.find((x) => x.id === cdu.id)!;
    const tIn = r.plant!.supplyT;
    const w = coolantProperties('water', tIn);
    const cPri = w.rho * c.primaryFlow * w.cp;
    const s = coolantProperties(doc.criteria.coolant, cdu.secondarySupplySetpoint);
    const cSec = s.rho * c.secondaryFlow * s.cp;
    const cMin = Math.min(cPri, cSec);
    const qMax = counterflow(c.ua / cMin, cMin / Math.max(cPri, cSec)) * cMin * (T_B - tIn);
    return { kv, r, c, qMax, energyBound: cPri * (T_B - tIn), tIn, w };
  });

  it('has cases on both sides of the threshold (the test has teeth)', () => {
    expect(cases.some((x) => x.qMax < 0.99 * load)).toBe(true);
    expect(cases.some((x) => x.qMax > 1.01 * load)).toBe(true);
    for (const x of cases) expect(x.qMax).toBeLessThanOrEqual(x.energyBound * (1 + 1e-9));
  });

  it('below the threshold: no temperatures, failing racks, a warning naming the CDU, the flows and the reason', () => {
    for (const x of cases.filter((y) => y.qMax < 0.99 * load)) {
      const r: LoopResult = x.r;
      expect(x.c.supplyT).toBeNull();
      expect(x.c.returnT).toBeNull();
      for (const rack of r.racks.filter((k) => k.cduId === cdu.id)) {
        expect(rack.returnT).toBeNull();
        expect(rack.caseT).toBeNull();
        expect(rack.ok.all).toBe(false);
      }
      const w = r.warnings.find((y) => y.code === 'primary-starved' && y.elementId === cdu.id);
      expect(w).toBeDefined();
      expect(w!.message).toContain(`${(x.c.primaryFlow * 60000).toFixed(1)} L/min`);
      expect(w!.message).toContain(`${(cdu.primaryDesignFlow * 60000).toFixed(1)} L/min design`);
      expect(w!.message).toMatch(/boiling point/);
      // The flow it needs: ε·Cmin·(T_b − T_fws) = load; here NTU ≫ 1 and Cr ≪ 1, so ε ≈ 1 and the need is the
      // energy balance ṁ = q/(cp·ΔT): within 1 % of the number in the message.
      const need = (load / (x.w.rho * x.w.cp * (T_B - x.tIn))) * 60000;
      const said = Number(/at least ([\d.]+) L\/min/.exec(w!.message)?.[1]);
      expect(Math.abs(said - need) / need).toBeLessThan(0.01);
      expect(JSON.stringify(r)).not.toMatch(/e\+\d{2,}/);
    }
  });

  it('above the threshold: a steady state below boiling that balances its energy', () => {
    for (const x of cases.filter((y) => y.qMax > 1.01 * load)) {
      expect(x.c.returnT).not.toBeNull();
      expect(x.c.returnT!).toBeLessThan(T_B);
      expect(Math.abs(x.c.hxHeat - load) / load).toBeLessThan(1e-3);
      expect(x.r.warnings.some((y) => y.code === 'primary-starved')).toBe(false);
    }
  });
});
