// The air panel's line on what a hall has beyond the OpenFOAM reference halls (workers/airflow/scope.ts),
// with measured quantities in the user's units.
import { article, type OutsideReference } from '../../../../workers/airflow/scope';
import { REFERENCE_SCOPE } from '../../../../workers/airflow/constants';
import type { QuantityKind } from '../../../../workers/model/quantity';

export function scopeText(items: readonly OutsideReference[], fmt: (si: number, kind: QuantityKind) => string): string {
  return `not measured on halls with ${items.map((o) => {
    const v = o.value;
    if (!v) return o.text;
    const range = `references: ${fmt(v.range[0], v.quantity)}–${fmt(v.range[1], v.quantity)}`;
    const value = fmt(v.si, v.quantity);
    if (v.label === 'ceiling') return `${article(value)} ${value} ceiling (${range})`;
    if (v.label === 'ceilingOverOpenRacks') return `${article(value)} ${value} ceiling over racks that do not all exhaust into a hot-aisle chimney (${range}; up to ${fmt(REFERENCE_SCOPE.ceiling[1], v.quantity)} over chimneys)`;
    if (v.label === 'rackAirHeatInChimney') return `racks exhausting into a hot-aisle chimney putting up to ${value} into the air (${range})`;
    if (v.label === 'rackAirHeatWithDoor') return `racks with rear doors putting up to ${value} into the air before their doors (${range})`;
    return `racks putting up to ${value} into the air (${range})`;
  }).join(', ')}`;
}
