// EPANET 2.2/2.3 .inp reader for a steady snapshot at time zero: text → HydraulicNetwork (SI API,
// EPANET internals) + time-zero actions + the file's unit system. Errors name the line and the
// element; nothing is thrown for bad input. Supported and ignored sections: see README of
// workers/epanet in the module header of inp-sections.ts and the report.

import { makeInitialAction, NetworkBuilder, type HydraulicNetwork, type InitialAction } from '../hydraulics';
import { readControls } from './inp-controls';
import { addLinks } from './inp-links';
import { addNodes, collectPatternsAndCurves, type NetworkContext } from './inp-network';
import { readOptions, splitSections, type InpError } from './inp-sections';
import { UnitSystem } from './units';

export type InpReadResult =
  | {
      readonly ok: true;
      readonly title: string;
      readonly network: HydraulicNetwork;
      readonly actions: readonly InitialAction[];
      readonly units: UnitSystem;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly InpError[] };

const FT2_PER_M2 = 1 / (0.3048 * 0.3048);

export function readInp(text: string): InpReadResult {
  const errors: InpError[] = [];
  const warnings: string[] = [];
  const records = splitSections(text, errors);
  const options = readOptions(records, errors);
  const units = new UnitSystem(options.flowUnits, options.pressureUnits, options.specificGravity);
  if (options.demandModel === 'PDA') errors.push({ message: 'DEMAND MODEL PDA (pressure-driven demand) is not supported; use DDA' });
  for (const r of records) {
    if (r.section === 'LEAKAGE' && r.tokens.slice(1).some((v) => Number(v) !== 0)) {
      errors.push({ line: r.line, element: r.tokens[0], message: `pipe leakage ([LEAKAGE]) of link ${r.tokens[0]} is not supported` });
    }
  }
  // Viscosity: EPANET treats values > 1e-3 as a multiple of water's 1.1e-5 ft²/s (input1.c).
  const nuFt2 = options.viscosity === null ? 1.1e-5 : options.viscosity > 1e-3 ? options.viscosity * 1.1e-5
    : units.si ? options.viscosity * FT2_PER_M2 : options.viscosity;
  const builder = new NetworkBuilder({
    headloss: options.headloss, viscosity: nuFt2 / FT2_PER_M2, specificGravity: options.specificGravity,
    accuracy: options.accuracy, maxIterations: options.trials, extraIterations: options.extraIterations,
    checkFrequency: options.checkFrequency, maxCheck: options.maxCheck, dampLimit: options.dampLimit,
    headErrorLimit: units.length(options.headError), flowChangeLimit: units.flow(options.flowChange),
    emitterExponent: options.emitterExponent, emitterBackflow: options.emitterBackflow,
  });
  const ctx: NetworkContext = {
    builder, units, options, errors, warnings, patterns: new Map(), curves: new Map(), tanks: new Map(),
    junctions: new Set(), linkKinds: new Map(), pumpPatterns: new Map(),
  };
  collectPatternsAndCurves(ctx, records);
  addNodes(ctx, records);
  addLinks(ctx, records);
  const actionSpecs = readControls(ctx, records);
  if (errors.length > 0) return { ok: false, errors };
  const built = builder.build();
  if (!built.ok) return { ok: false, errors: built.issues.map((i) => ({ element: i.element, message: `${i.kind} ${i.element}: ${i.message}` })) };
  const actions: InitialAction[] = [];
  for (const a of actionSpecs) {
    const act = makeInitialAction(built.network, a.link, a.type, a.status, a.setting);
    if (act) actions.push(act);
  }
  const title = records.filter((r) => r.section === 'TITLE').map((r) => r.tokens[0]).join('\n');
  return { ok: true, title, network: built.network, actions, units, warnings };
}
