import { describe, expect, it } from 'vitest';
import { quantityAt } from '../../../workers/units/kinds';

describe('quantityAt', () => {
  it('reads the .meta() of fields through objects, arrays, nullable and discriminated unions', () => {
    expect(quantityAt(['racks', '3', 'itLoad'])).toEqual({ quantity: 'power', title: 'IT load' });
    expect(quantityAt(['racks', 'itLoad'])?.quantity).toBe('power');
    expect(quantityAt(['racks', '0', 'rearDoor', 'ua'])?.quantity).toBe('conductance');
    expect(quantityAt(['racks', '0', 'coldPlate', 'thermalResistance'])).toMatchObject({ quantity: 'thermalResistance', assumption: true });
    expect(quantityAt(['racks', '0', 'airflow', 'value'])?.quantity).toBe('airflowPerPower'); // first union branch
    expect(quantityAt(['coolingUnits', '0', 'waterSupplyTemp'])?.quantity).toBe('temperature');
    expect(quantityAt(['envelope', 'floor', 'tileSize'])).toMatchObject({ quantity: 'length', source: expect.stringContaining('600 mm') });
    expect(quantityAt(['cdus', '1', 'pumps', 'count'])?.quantity).toBe('count');
    expect(quantityAt(['scenarios', '0', 'ambientDryBulb'])?.quantity).toBe('temperature');
    expect(quantityAt(['viewpoints', '0', 'position', '2'])?.quantity).toBe('length');
    expect(quantityAt(['criteria', 'flowPerPowerTarget'])).toMatchObject({ quantity: 'liquidFlowPerPower', source: expect.stringContaining('OCP') });
  });

  it('picks the union branch from the document when given', () => {
    const doc = { racks: [{ airflow: { spec: 'deltaT', value: 15 } }] };
    expect(quantityAt(['racks', '0', 'airflow', 'value'], doc)?.quantity).toBe('temperatureDelta');
  });

  it('returns null for non-numeric or unknown fields', () => {
    expect(quantityAt(['racks', '0', 'name'])).toBeNull();
    expect(quantityAt(['racks', '0', 'nope'])).toBeNull();
    expect(quantityAt(['nope'])).toBeNull();
    expect(quantityAt([])).toBeNull();
  });
});
