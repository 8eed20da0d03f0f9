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
import type { LoopModel, LoopPart } from './model';

/**
 * One CDU's generated TCS model and everything it was generated from, by identity (the document store
 * shares unchanged objects between edits) and by value (heats, failed pumps). Links are never mutated
 * after generation (a part detaches from rows before an override changes them), so a hit can hand them out again.
 */
export interface CduModelEntry {
  readonly cdu: CduT;
  readonly piping: HallDocument['piping'];
  readonly envelope: HallDocument['envelope'];
  readonly criteria: HallDocument['criteria'];
  readonly racks: readonly RackT[];
  readonly heats: readonly number[];
  readonly failedKey: string;
  /** The generated nodes and links (a view on the rows of the latest model holding them; see LoopPart). */
  readonly part: LoopPart;
}

/** The last network of one side and the model it was built from (its rows' origins tell what changed). */
export interface SideCache {
  readonly network: HydraulicNetwork;
  readonly model: LoopModel;
  readonly viscosity: number;
  readonly density: ReadonlyMap<string, number>;
  /** Model index of each network node and link (same topology ⇒ same maps). */
  readonly modelNode: Int32Array;
  readonly modelLink: Int32Array;
}

export class LoopCache {
  /** Last network per side, offered to the network builder for re-use. */
  readonly sides: { tcs: SideCache | null; fws: SideCache | null } = { tcs: null, fws: null };
  /** Generated TCS model per CDU id (the CDUs of the last solve only). */
  readonly cduModels = new Map<string, CduModelEntry>();
  private readonly tables = new Map<Coolant, EnthalpyTable>();
  /** Network builds that re-used a cached topology / built a new one; patched: re-used numbers too. */
  hits = 0;
  misses = 0;
  patched = 0;

  table(coolant: Coolant): EnthalpyTable {
    let t = this.tables.get(coolant);
    if (t === undefined) { t = new EnthalpyTable(coolant); this.tables.set(coolant, t); }
    return t;
  }
}
