// The halls of the OpenFOAM references. Every edge lies on the 0.2 m grid so both codes see the same
// geometry; racks at IT ΔT 12 K; CRAHs blow into the cold aisle from its ends (front supply) and return at
// the top.
//  small  7.2 × 5.6 × 3.0 m on a slab, two rows of five racks (row A faces +y, row B faces −y) around a
//         1.2 m cold aisle, hot aisles against the long walls; loads 3–6 kW; CRAHs supply 116 % of the
//         rack airflow.
//  dense  9.6 × 5.6 × 3.0 m, two rows of eight racks at 6–12 kW, unequal CRAHs (4.8 and 3.6 m³/s) that
//         supply only 83 % of the rack airflow: hot air must recirculate over and around the rows.
import { emptyHall } from '../../../../workers/model/defaults';
import type { HallDocument, RackT, CoolingUnitT } from '../../../../workers/model/schema';

export const RACK_LOADS_A = [3000, 4000, 5000, 6000, 4000];
export const RACK_LOADS_B = [5000, 3000, 6000, 4000, 5000];

function rack(id: string, x: number, y: number, rot: number, load: number): RackT {
  return {
    id, name: id, rowId: null, templateId: null, x, y, rotationDeg: rot, width: 0.6, depth: 1.2, height: 2.0,
    itLoad: load, cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'deltaT', value: 12 }, rearDoor: null, coldPlate: null,
  };
}

function crah(id: string, x: number, rot: number, airflow = 1.8, capacity = 80000): CoolingUnitT {
  return {
    id, name: id, templateId: null, x, y: 2.6, rotationDeg: rot, width: 1.2, depth: 0.8, height: 2.0, capacity,
    airflow, supplySetpoint: 20, fanPower: 1500, enabled: true, kind: 'crah', supply: 'front', return: 'top', waterSupplyTemp: 12,
  };
}

export function smallHall(): HallDocument {
  const doc = emptyHall('OpenFOAM reference hall', '2026-01-01T00:00:00.000Z');
  const L = 7.2, W = 5.6, H = 3.0;
  doc.envelope.length = L; doc.envelope.width = W; doc.envelope.ceilingHeight = H;
  doc.envelope.walls = [];
  const xs = [2.3, 2.9, 3.5, 4.1, 4.7];
  doc.racks = [
    ...xs.map((x, i) => rack(`A${i + 1}`, x, 1.4, 180, RACK_LOADS_A[i])),
    ...xs.map((x, i) => rack(`B${i + 1}`, x, 3.8, 0, RACK_LOADS_B[i])),
  ];
  doc.coolingUnits = [crah('CRAH-W', 0.4, 90), crah('CRAH-E', 6.8, 270)];
  return doc;
}

export const DENSE_LOADS_A = [6000, 8000, 10000, 12000, 9000, 7000, 11000, 8000];
export const DENSE_LOADS_B = [10000, 7000, 12000, 9000, 6000, 11000, 8000, 10000];

export function denseHall(): HallDocument {
  const doc = emptyHall('OpenFOAM reference hall (dense, under-supplied)', '2026-01-01T00:00:00.000Z');
  doc.envelope.length = 9.6; doc.envelope.width = 5.6; doc.envelope.ceilingHeight = 3.0;
  doc.envelope.walls = [];
  const xs = DENSE_LOADS_A.map((_, i) => 2.3 + 0.6 * i);
  doc.racks = [
    ...xs.map((x, i) => rack(`A${i + 1}`, x, 1.4, 180, DENSE_LOADS_A[i])),
    ...xs.map((x, i) => rack(`B${i + 1}`, x, 3.8, 0, DENSE_LOADS_B[i])),
  ];
  doc.coolingUnits = [crah('CRAH-W', 0.4, 90, 4.8, 200000), crah('CRAH-E', 9.2, 270, 3.6, 200000)];
  return doc;
}

/** The reference halls by name (make-reference.sh's argument; reference.json is 'small', reference-<name>.json the others). */
export const REFERENCE_HALLS: Record<string, () => HallDocument> = { small: smallHall, dense: denseHall };

export function referenceFile(name: string): string {
  return name === 'small' ? 'reference.json' : `reference-${name}.json`;
}

export function hallFile(name: string): string {
  return name === 'small' ? 'small-hall.hallflow.json' : `${name}-hall.hallflow.json`;
}
