// The agreement with OpenFOAM an air result states (index.ts airAccuracy): the measured figures only for the mode's own
// cell size and default solver options, which is what the OpenFOAM references were compared at
// (test/validation/airflow/openfoam.test.ts checks that the figures hold there).
import { describe, expect, it } from 'vitest';
import { airAccuracy } from '../../../workers/airflow/index';
import { CELL_SIZE_ACCURATE, CELL_SIZE_FAST, CONTAINED_REFERENCE_WORDS, INTAKE_UNCERTAINTY, INTAKE_UNCERTAINTY_CONTAINED, REFERENCE_SCOPE, REFERENCE_WORDS } from '../../../workers/airflow/constants';
import { outsideReferences, racksContained } from '../../../workers/airflow/scope';
import { cacHall, cacopenHall, fanwallHall, hacopenHall, hacroofHall, REFERENCE_HALLS, smallHall } from '../../validation/airflow/openfoam/fixture';
import { readFileSync } from 'node:fs';
import { loadDocument } from '../../../workers/model/load';
import type { HallDocument } from '../../../workers/model/schema';

function sample(name = 'ai-hall-mixed'): HallDocument {
  const loaded = loadDocument(readFileSync(new URL(`../../../assets/samples/${name}.hallflow.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('sample');
  return loaded.doc;
}

describe('airAccuracy', () => {
  it('states the validated figure for each mode at its own cell size', () => {
    expect(airAccuracy({ mode: 'accurate' }, CELL_SIZE_ACCURATE).intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY.mean.accurate);
    expect(airAccuracy({ mode: 'accurate' }, CELL_SIZE_ACCURATE).intakeMaxUncertainty).toBe(INTAKE_UNCERTAINTY.hottest.accurate);
    expect(airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST).intakeMaxUncertainty).toBe(INTAKE_UNCERTAINTY.hottest.fast);
    expect(airAccuracy({ mode: 'fast', solver: {} }, CELL_SIZE_FAST).intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY.mean.fast);
  });

  it('names how many reference halls in words, as the panel does: as many as the OpenFOAM fixture has', () => {
    expect(airAccuracy({ mode: 'accurate' }, CELL_SIZE_ACCURATE).basis).toMatch(/ of OpenFOAM k-ε on [a-z]+ reference halls \(/);
    expect(REFERENCE_SCOPE.halls).toBe(Object.keys(REFERENCE_HALLS).length);
    expect(REFERENCE_WORDS).toBe('nineteen reference halls');
  });

  it('says when a solve was warm-started (the figure covers warm starts after small edits)', () => {
    const warm = airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST, true);
    expect(warm.intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY.mean.fast);
    expect(warm.basis).toContain('warm-started from the previous one');
    expect(airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST).basis).not.toContain('warm-started from the previous one');
  });

  it('states none at another cell size or with custom solver options, and says why', () => {
    const finer = airAccuracy({ mode: 'accurate' }, 0.1);
    expect(finer.intakeMeanUncertainty).toBeNull();
    expect(finer.intakeMaxUncertainty).toBeNull();
    expect(finer.basis).toContain('not compared with OpenFOAM at 0.1 m cells');
    const fastFine = airAccuracy({ mode: 'fast' }, CELL_SIZE_ACCURATE);
    expect(fastFine.intakeMeanUncertainty).toBeNull();
    const tuned = airAccuracy({ mode: 'accurate', solver: { maxSteps: 50 } }, CELL_SIZE_ACCURATE);
    expect(tuned.intakeMaxUncertainty).toBeNull();
    expect(tuned.basis).toContain('maxSteps');
  });
});

describe('outsideReferences: what a hall has that none of the OpenFOAM reference halls has', () => {
  it('finds nothing on the reference halls themselves (REFERENCE_SCOPE spans them)', () => {
    for (const [name, make] of Object.entries(REFERENCE_HALLS)) expect(outsideReferences(make()), name).toEqual([]);
  });

  it('names each kind of equipment the references lack, and ranges they do not span', () => {
    const doc = smallHall();
    doc.envelope.floor = { kind: 'raised', plenumDepth: 0.6, tileSize: 0.6 };
    doc.envelope.ceilingHeight = 7;
    doc.racks[0].rearDoor = { templateId: null, capacity: 30e3, ua: 3000, waterSupplyTemp: 18, waterFlow: 1e-3, airPressureDrop: 30, enabled: true };
    doc.racks[1].itLoad = 45_000;
    const found = outsideReferences(doc).map((o) => o.text);
    expect(found).toContain('a raised floor with cooling units that do not supply it');
    expect(found).toContain('a 7 m ceiling (references: 3 m–6 m)');
    // racks[1] has no door and exhausts into no chimney: 45 kW is beyond the 30 kW of such racks; racks[0]'s door is inside (doors hall)
    expect(found).toContain('racks putting up to 45 kW into the air (references: 3 kW–30 kW)');
    expect(found).toHaveLength(3);
    // behind a rear door the doors hall reaches 40 kW, not beyond
    const doored = structuredClone(doc);
    doored.racks[1].rearDoor = doored.racks[0].rearDoor;
    doored.racks[1].itLoad = 40_000;
    expect(outsideReferences(doored).map((o) => o.text)).toEqual(['a raised floor with cooling units that do not supply it', 'a 7 m ceiling (references: 3 m–6 m)']);
    doored.racks[1].itLoad = 45_000;
    expect(outsideReferences(doored).find((o) => o.value?.label === 'rackAirHeatWithDoor')).toEqual({
      text: 'racks with rear doors putting up to 45 kW into the air before their doors (references: 3 kW–40 kW)',
      value: { si: 45_000, quantity: 'power', range: [3000, 40000], label: 'rackAirHeatWithDoor' },
    });
    // in-row coolers drawing from an open hot aisle are what the inrow hall has
    const inrow = smallHall();
    inrow.coolingUnits = [{ id: 'IR', name: 'IR', templateId: null, kind: 'inRow', x: 3, y: 1.4, rotationDeg: 0, width: 0.6, depth: 1.2, height: 2, capacity: 30e3, airflow: 2, supplySetpoint: 22, fanPower: 500, enabled: true, waterSupplyTemp: 14 }];
    expect(outsideReferences(inrow)).toEqual([]);
    // containment: a cold aisle with a roof (cac) or without one (cacopen) is inside; an open hot aisle is not
    const contained = smallHall();
    const aisle = { id: 'C1', name: 'C1', kind: 'coldAisle' as const, x0: 2, y0: 2, x1: 5, y1: 3.2, height: 2, roof: true, leakage: 0.05 };
    contained.containment = [aisle];
    expect(outsideReferences(contained)).toEqual([]);
    contained.containment = [{ ...aisle, roof: false }];
    expect(outsideReferences(contained)).toEqual([]);
    contained.containment = [{ ...aisle, kind: 'hotAisle' }];
    expect(outsideReferences(contained).map((o) => o.text)).toEqual(['roofed hot-aisle containment that is neither a chimney into the ceiling return nor drawn by in-row coolers']);
    // the hac reference: a roofed hot aisle under a ceiling plenum is a chimney into the ceiling return of
    // units returning from the ceiling; without those units, or without the roof, it is not
    const hot = structuredClone(contained);
    hot.envelope.ceilingPlenum = { depth: 1 };
    hot.coolingUnits = hot.coolingUnits.map((u) => (u.kind === 'inRow' ? u : { ...u, return: 'ceiling' as const }));
    expect(outsideReferences(hot)).toEqual([]);
    // a hot aisle open at the top (end panels only) is what the hacopen reference has
    expect(outsideReferences({ ...hot, containment: [{ ...aisle, kind: 'hotAisle', roof: false }] })).toEqual([]);
    // a ceiling return over the open room (no chimney) is what the openceil reference has
    expect(outsideReferences({ ...hot, containment: [] })).toEqual([]);
    // fan walls (the fanwall reference: a front supply and a ceiling return) are inside; another face is not
    const fan = { ...hot.coolingUnits[0], kind: 'fanWall' as const } as Extract<HallDocument['coolingUnits'][number], { kind: 'fanWall' }>;
    expect(outsideReferences({ ...hot, coolingUnits: [fan] })).toEqual([]);
    const other = ['cooling units whose supply and return faces no reference pairs (front or floor supply with a top or ceiling return; top supply with a front return)'];
    expect(outsideReferences({ ...hot, coolingUnits: [{ ...fan, supply: 'top' }] }).map((o) => o.text)).toEqual(other);
    // an upflow unit (top supply, front return) is what the upflow reference has; drawing from its rear it is not
    expect(outsideReferences({ ...hot, containment: [], coolingUnits: [{ ...fan, kind: 'crah', supply: 'top', return: 'front' }] })).toEqual([]);
    expect(outsideReferences({ ...hot, containment: [], coolingUnits: [{ ...fan, kind: 'crah', supply: 'top', return: 'rear' }] }).map((o) => o.text)).toEqual(other);
    expect(outsideReferences({ ...hot, coolingUnits: contained.coolingUnits }).map((o) => o.text)).toEqual(['roofed hot-aisle containment that is neither a chimney into the ceiling return nor drawn by in-row coolers']);
    // a hot aisle roofed at its own height with no plenum, drawn by in-row coolers: the hacroof reference; with the
    // coolers turned round (their rears no longer open into it) nothing the references have draws from it
    const roofed = hacroofHall();
    expect(outsideReferences(roofed)).toEqual([]);
    roofed.coolingUnits = roofed.coolingUnits.map((u) => ({ ...u, rotationDeg: (u.rotationDeg + 180) % 360 }));
    expect(outsideReferences(roofed).map((o) => o.text)).toContain('roofed hot-aisle containment that is neither a chimney into the ceiling return nor drawn by in-row coolers');
    // a ceiling return without a ceiling plenum is the unit's top (hall-problem.ts): as the references
    expect(outsideReferences({ ...hot, envelope: contained.envelope, containment: [] })).toEqual([]);
    // the measured quantities also as numbers, for a display in the user's units
    expect(outsideReferences(doc).find((o) => o.value?.label === 'rackAirHeat')!.value).toEqual({ si: 45_000, quantity: 'power', range: [3000, 30000], label: 'rackAirHeat' });
    // the load factor scales the rack heat the solve sees
    const base = smallHall();
    expect(outsideReferences(base, 1)).toEqual([]);
    expect(outsideReferences(base, 5).map((o) => o.text)).toEqual([]);
    expect(outsideReferences(base, 6).map((o) => o.text)).toEqual(['racks putting up to 36 kW into the air (references: 3 kW–30 kW)']);
    // racks exhausting into a hot-aisle chimney reach 60 kW (the tallfan hall); in an open aisle 30 kW
    const fw = fanwallHall();
    expect(outsideReferences(fw)).toEqual([]);
    fw.racks[0].itLoad = 65_000;
    expect(outsideReferences(fw)).toEqual([{ text: 'racks exhausting into a hot-aisle chimney putting up to 65 kW into the air (references: 3 kW–60 kW)', value: { si: 65_000, quantity: 'power', range: [3000, 60000], label: 'rackAirHeatInChimney' } }]);
    // the same racks with their containment gone: open aisles, up to 30 kW and 4.6 m measured
    expect(outsideReferences({ ...fanwallHall(), containment: [] }).map((o) => o.text)).toEqual(['a 5 m ceiling over racks that do not all exhaust into a hot-aisle chimney (references: 3 m–4.6 m; up to 6 m over chimneys)', 'racks putting up to 40 kW into the air (references: 3 kW–30 kW)']);
  });

  it('a ceiling above 4.6 m is measured only over racks that all exhaust into a hot-aisle chimney (fanwall, tallfan)', () => {
    // the fanwall hall (5 m) is inside, with its ceiling raised to 6 m too (tallfan's)
    const fw = fanwallHall();
    expect(fw.envelope.ceilingHeight).toBe(5);
    fw.envelope.ceilingHeight = 6;
    expect(outsideReferences(fw)).toEqual([]);
    // one rack outside the chimney: the 6 m ceiling is over racks the chimney halls do not have
    const fwOut = structuredClone(fw);
    fwOut.racks = fwOut.racks.concat({ ...fwOut.racks[0], id: 'R-LONE', name: 'lone', rowId: null, x: 0.6, y: 0.6, rotationDeg: 0, itLoad: 10_000 });
    const lone = outsideReferences(fwOut).find((o) => o.value?.label === 'ceilingOverOpenRacks');
    expect(lone).toEqual({
      text: 'a 6 m ceiling over racks that do not all exhaust into a hot-aisle chimney (references: 3 m–4.6 m; up to 6 m over chimneys)',
      value: { si: 6, quantity: 'length', range: [3, 4.6], label: 'ceilingOverOpenRacks' },
    });
    // open aisles: 4.6 m (the hot hall) inside, 5 m not; above 6 m the general range is named
    const open = smallHall();
    open.envelope.ceilingHeight = 4.6;
    expect(outsideReferences(open)).toEqual([]);
    open.envelope.ceilingHeight = 5;
    expect(outsideReferences(open).map((o) => o.text)).toEqual(['a 5 m ceiling over racks that do not all exhaust into a hot-aisle chimney (references: 3 m–4.6 m; up to 6 m over chimneys)']);
    open.envelope.ceilingHeight = 7;
    expect(outsideReferences(open).map((o) => o.text)).toEqual(['a 7 m ceiling (references: 3 m–6 m)']);
  });

  it('the sample halls are inside them (since hac and hacrow); a hall outside them says so in its basis', () => {
    for (const name of ['ai-hall-mixed', 'legacy-air-hall', 'future-300kw-hall']) expect(outsideReferences(sample(name)), name).toEqual([]);
    expect(airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST, false, outsideReferences(sample())).basis).not.toContain('none of the reference halls');
    // the in-row sample hall with its hot aisles open at the top (hacopen's containment, inrow's coolers):
    // inside; under a 7 m ceiling it is not
    const open = sample('future-300kw-hall');
    open.containment = open.containment.map((c) => ({ ...c, roof: false }));
    expect(outsideReferences(open)).toEqual([]);
    open.envelope.ceilingHeight = 7;
    const found = outsideReferences(open);
    expect(found.map((o) => o.text)).toEqual(['a 7 m ceiling (references: 3 m–6 m)']);
    const a = airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST, false, found);
    expect(a.intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY.mean.fast);
    expect(a.outsideReferences).toEqual(found);
    expect(a.basis).toContain(`this hall has what none of the reference halls has (${found.map((o) => o.text).join(', ')}): its error there was not measured`);
    expect(airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST).basis).not.toContain('none of the reference halls');
  });
});

describe('the contained-aisle figures (INTAKE_UNCERTAINTY_CONTAINED)', () => {
  it('racksContained: every rack draws from a contained cold aisle or exhausts into a contained hot aisle, roofed or not', () => {
    for (const make of [cacHall, cacopenHall, fanwallHall, hacopenHall, hacroofHall]) expect(racksContained(make()), make.name).toBe(true);
    expect(racksContained(smallHall())).toBe(false);
    // one rack outside the containment: not every rack
    const cac = cacHall();
    cac.racks.push({ ...cac.racks[0], id: 'R-OUT', name: 'out', rowId: null, x: 0.6, y: 0.6, rotationDeg: 0 });
    expect(racksContained(cac)).toBe(false);
    // a cold aisle fed as cac's and cacopen's are, by perforated tiles inside it: without them it is not
    expect(racksContained({ ...cacHall(), tiles: [] })).toBe(false);
    // a leakier containment than the references' 10 %: named as beyond them (so the result states all halls' figures)
    const leaky = cacHall();
    leaky.containment = leaky.containment.map((c) => ({ ...c, leakage: 0.3 }));
    expect(outsideReferences(leaky).map((o) => o.text)).toEqual(['containment leaking 30 % (references: up to 10 %)']);
    expect(outsideReferences({ ...cacHall(), containment: cacHall().containment.map((c) => ({ ...c, leakage: 0.05 })) })).toEqual([]);
    // containment gone, or no racks at all
    expect(racksContained({ ...cacHall(), containment: [] })).toBe(false);
    expect(racksContained({ ...cacHall(), racks: [] })).toBe(false);
    // the samples: the legacy air hall and the 300 kW hall are contained, the default mixed hall is not (ten of its racks are in open aisles)
    expect(racksContained(sample('legacy-air-hall'))).toBe(true);
    expect(racksContained(sample('future-300kw-hall'))).toBe(true);
    expect(racksContained(sample())).toBe(false);
  });

  it('a contained hall with nothing beyond the references states the contained halls\' figures and says why', () => {
    for (const mode of ['accurate', 'fast'] as const) {
      const a = airAccuracy({ mode }, mode === 'fast' ? CELL_SIZE_FAST : CELL_SIZE_ACCURATE, false, [], true);
      expect(a.intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY_CONTAINED.mean[mode]);
      expect(a.intakeMaxUncertainty).toBe(INTAKE_UNCERTAINTY_CONTAINED.hottest[mode]);
      expect(a.halls).toBe(CONTAINED_REFERENCE_WORDS);
      expect(a.basis).toContain(`on ${CONTAINED_REFERENCE_WORDS}`);
      expect(a.basis).toContain('every rack of this hall draws from a contained cold aisle or exhausts into a contained hot aisle');
      expect(a.basis).toContain(`on all ${REFERENCE_WORDS}: ${INTAKE_UNCERTAINTY.mean[mode]} K and ${INTAKE_UNCERTAINTY.hottest[mode]} K`);
      // anything beyond the references: the figures of all halls
      const outside = [{ text: 'a 7 m ceiling (references: 3 m–6 m)' }];
      const b = airAccuracy({ mode }, mode === 'fast' ? CELL_SIZE_FAST : CELL_SIZE_ACCURATE, false, outside, true);
      expect(b.intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY.mean[mode]);
      expect(b.halls).toBe(REFERENCE_WORDS);
      // an open hall: the figures of all halls
      expect(airAccuracy({ mode }, mode === 'fast' ? CELL_SIZE_FAST : CELL_SIZE_ACCURATE).intakeMaxUncertainty).toBe(INTAKE_UNCERTAINTY.hottest[mode]);
    }
  });
});
