// EPANET interchange: read .inp files into the hydraulic engine and report time-zero snapshots.
export { readInp, type InpReadResult } from './inp-reader';
export { solveInp, type Snapshot, type SnapshotResult, type SnapshotUnits } from './snapshot';
export { UnitSystem, FLOW_PER_CFS, type FlowUnits, type PressureUnits } from './units';
export type { InpError } from './inp-sections';
