// Public API of the scenarios: apply a scenario, solve it, compare two outcomes, transients, sweeps.
export * from './apply';
export * from './run';
export * from './compare';
export * from './air-delta';
export * from './test-hall';
export * from './lumped';
export * from './transient';
export * from './sweep';
