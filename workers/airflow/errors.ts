// Expected failures of an airflow solve, as typed values (never thrown): bad input found while building
// the grid, and numerical failure while solving. Each names the object or the place.

export type AirInputError =
  | { kind: 'outsideHall'; objectId: string; message: string }
  | { kind: 'blockedSupply'; objectId: string; message: string }
  | { kind: 'blockedAirPath'; objectId: string; face: 'intake' | 'exhaust' | 'return'; message: string }
  | { kind: 'zeroAirflow'; objectId: string | null; message: string }
  | { kind: 'insufficientCooling'; heat: number; capacity: number; message: string }
  | { kind: 'unphysicalSetpoint'; objectId: string; message: string }
  | { kind: 'gridTooLarge'; cells: number; bytes: number; message: string }
  /** An option of solveAir is out of range; field names it when it is one option (e.g. "solver.cfl"). */
  | { kind: 'invalidOptions'; field?: string; message: string }
  /** A number the air model reads is not finite or not physically possible, or an id is used twice
   *  (input-check.ts); field is the document path below the object, e.g. "itLoad", "rearDoor.waterFlow". */
  | { kind: 'invalidInput'; objectId: string | null; field: string; message: string };

export interface AirNumericalFailure {
  kind: 'diverged';
  equation: 'momentum' | 'continuity' | 'energy';
  step: number;
  /** Cell indices and the world position (m) of the cell centre where it failed. */
  cell: [number, number, number];
  position: [number, number, number];
  /** The element of the hall nearest to that cell (nearest.ts), named in the message too; absent in a
   *  hall without elements. */
  objectId?: string;
  message: string;
}

/** The caller cancelled the solve (AirOptions.cancel); the app has moved on and never shows it. */
export interface AirCancelled {
  kind: 'cancelled';
  message: string;
}

export type AirFailure = { ok: false; error: AirInputError | AirNumericalFailure | AirCancelled };

/** A number for a message: at most `digits` decimals, no trailing zeros (7.954911972628906 → 7.95). */
export function round(v: number, digits = 2): string {
  return Number.isFinite(v) ? String(Number(v.toFixed(digits))) : String(v);
}

/** A memory size for a message: MiB from 1 MiB up (whole), KiB below. */
export function mebibytes(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : `${Math.max(0, bytes / 1024).toFixed(1)} KiB`;
}
