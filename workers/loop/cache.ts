// What a loop solve can keep from one solve to the next inside one engine instance (a worker, the
// CLI, a sweep): the solver networks of the last TCS and FWS (their ids, index maps, sparsity pattern,
// fill-reducing ordering and symbolic factorisation), each CDU's generated TCS model (re-used when
// none of its inputs changed: an edit to one rack regenerates one CDU's loop) and the coolant
// enthalpy tables. A new document
// whose generated loop has the same topology (same node and link ids, ends and kinds; e.g. after a
// load, setpoint or size edit) re-uses that symbolic work and only refills the numbers; any topology
// change rebuilds it. Nothing numeric of an earlier solve is carried over (no warm start): a solve
// with a cache gives exactly the same results as one without. One cache per engine instance, never
// module-level state; a cache must not be shared by solves running at the same time on other threads
// (it is not thread-shared in practice: each worker has its own heap).
import type { HydraulicNetwork } from '../hydraulics';
import type { CduT, Coolant, HallDocument, RackT } from '../model/schema';
import { EnthalpyTable } from './enthalpy';
import type { ModelLink, ModelNode } from './model';

/**
 * One CDU's generated TCS model and everything it was generated from, by identity (the document store
 * shares unchanged objects between edits) and by value (heats, failed pumps). Links are never mutated
 * after generation (overrides copy the links they change), so a hit can hand them out again.
 */
export interface CduModelEntry {
  readonly cdu: CduT;
  readonly piping: HallDocument['piping'];
  readonly envelope: HallDocument['envelope'];
  readonly criteria: HallDocument['criteria'];
  readonly racks: readonly RackT[];
  readonly heats: readonly number[];
  readonly failedKey: string;
  readonly nodes: readonly ModelNode[];
  readonly links: readonly ModelLink[];
}

export class LoopCache {
  /** Last networks per side, offered to the network builder for re-use. */
  readonly networks: { tcs: HydraulicNetwork | null; fws: HydraulicNetwork | null } = { tcs: null, fws: null };
  /** Model index of each network node and link of the cached networks (same topology ⇒ same maps). */
  readonly maps = new Map<HydraulicNetwork, { modelNode: Int32Array; modelLink: Int32Array }>();
  /** Generated TCS model per CDU id (the CDUs of the last solve only). */
  readonly cduModels = new Map<string, CduModelEntry>();
  private readonly tables = new Map<Coolant, EnthalpyTable>();
  /** Solves that re-used cached networks / built new ones (for benchmarks and tests). */
  hits = 0;
  misses = 0;

  table(coolant: Coolant): EnthalpyTable {
    let t = this.tables.get(coolant);
    if (t === undefined) { t = new EnthalpyTable(coolant); this.tables.set(coolant, t); }
    return t;
  }
}
