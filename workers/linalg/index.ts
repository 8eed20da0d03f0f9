// Sparse symmetric linear algebra on typed arrays: ordering, pattern, LDLᵀ factor and solve.
export { minimumDegreeOrdering, type Ordering } from './minimum-degree';
export { buildSymmetricPattern, type SymmetricPattern } from './symmetric-pattern';
export { ldlSymbolic, LdlFactor, type LdlSymbolic } from './ldl';
