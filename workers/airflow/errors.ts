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
  | { kind: 'invalidOptions'; message: string }
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
  message: string;
}

export type AirFailure = { ok: false; error: AirInputError | AirNumericalFailure };
