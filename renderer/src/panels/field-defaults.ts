// Values used when the inspector adds an optional part (a rear door, a cold-plate circuit, a ceiling
// plenum) or switches a tagged union (airflow spec, floor kind). Figures come from the equipment library
// (with its sources) or from the schema's documented defaults.
import { LIBRARY, createRearDoorFromTemplate } from '../../../workers/model/library';

// 148.2 CFM/kW ≈ ΔT 12 K at 25 °C air (REFERENCE.md §3), as m³/s per W: 148.2 × 0.000471947 / 1000.
const PER_POWER_DEFAULT = (148.2 * 0.00047194745) / 1000;

export function defaultFor(key: string, values: Record<string, unknown>[]): unknown {
  switch (key) {
    case 'rearDoor': {
      const t = LIBRARY.rearDoors[0];
      return t ? createRearDoorFromTemplate(t.id, { enabled: true }) : null;
    }
    case 'coldPlate': {
      const t = LIBRARY.racks.find((r) => r.values.coldPlate);
      return t ? structuredClone(t.values.coldPlate) : null;
    }
    case 'ceilingPlenum':
      return { depth: 0.6 };
    case 'airflow:perPower':
      return { spec: 'perPower', value: PER_POWER_DEFAULT };
    case 'airflow:deltaT':
      return { spec: 'deltaT', value: 12 };
    case 'floor:slab':
      return { kind: 'slab' };
    case 'floor:raised':
      return { kind: 'raised', plenumDepth: 0.6, tileSize: 0.6 };
    default:
      void values;
      return null;
  }
}
