// Public API of the verdicts: criteria, per-rack verdicts, hall summary, redundancy, what it would take.
export * from './criteria';
export * from './checks';
export * from './mode';
export * from './rack';
export * from './summary';
export * from './redundancy';
export * from './remedy';
