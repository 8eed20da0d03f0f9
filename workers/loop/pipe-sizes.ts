// Pipe size suggestion: the smallest standard nominal size whose velocity at the design flow stays
// within the limit. Series: carbon/stainless steel Schedule 40, ASME B36.10M (ID = OD − 2·wall),
// DN15…DN600. Not in REFERENCE.md: the OD/wall pairs are the standard's table values.

export interface NominalSize {
  /** Nominal diameter, e.g. "DN50". */
  readonly dn: string;
  /** Inside diameter, m. */
  readonly id: number;
}

/** [DN, OD mm, wall mm] — ASME B36.10M Schedule 40. */
const SCH40: readonly (readonly [number, number, number])[] = [
  [15, 21.3, 2.77], [20, 26.7, 2.87], [25, 33.4, 3.38], [32, 42.2, 3.56], [40, 48.3, 3.68],
  [50, 60.3, 3.91], [65, 73.0, 5.16], [80, 88.9, 5.49], [100, 114.3, 6.02], [125, 141.3, 6.55],
  [150, 168.3, 7.11], [200, 219.1, 8.18], [250, 273.1, 9.27], [300, 323.9, 10.31],
  [350, 355.6, 11.13], [400, 406.4, 12.7], [450, 457.2, 14.27], [500, 508.0, 15.09], [600, 610.0, 17.48],
];

export const SCHEDULE_40: readonly NominalSize[] = SCH40.map(([dn, od, w]) => ({ dn: `DN${dn}`, id: (od - 2 * w) / 1000 }));

/** Velocity of a flow Q (m³/s) in a round pipe of inside diameter d (m), m/s. */
export function velocity(flow: number, d: number): number {
  return Math.abs(flow) / (Math.PI * d * d * 0.25);
}

/**
 * Sizing velocity as a share of the limit (chosen): pipes are sized at 80 % of the velocity limit at
 * design flow, leaving headroom for pumps that over-deliver before the loop is balanced (duty pumps at
 * rated flow typically exceed the racks' design flow by 10–25 %).
 */
export const SIZING_VELOCITY_SHARE = 0.8;

/**
 * Smallest Schedule 40 size with velocity ≤ SIZING_VELOCITY_SHARE·vmax at `flow`; the largest size when
 * none is big enough (the velocity warning then reports it). A zero flow gets the smallest size.
 */
export function suggestSize(flow: number, vmax: number): NominalSize {
  for (const s of SCHEDULE_40) if (velocity(flow, s.id) <= vmax * SIZING_VELOCITY_SHARE) return s;
  return SCHEDULE_40[SCHEDULE_40.length - 1];
}
