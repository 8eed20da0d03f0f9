// Slab workers for the slab-parallel air solve (team.ts, phases.ts): the message protocol, the worker's
// side (attachSlabWorker: a browser Worker's `self` or a Node worker_threads adapter), the coordinator's
// start of a team on a SharedArrayBuffer, and a pool that spawns workers once and hands out ready ones.
// A solve is synchronous: the coordinator blocks in Atomics.wait between phases, so workers must be
// started (script loaded, 'ready' posted) before it begins — SlabPool.ready() awaits that. No DOM or Node
// imports: spawn() comes from the host (a Web Worker URL in the app, worker_threads in Node).
import { buildPhases, type SlabConfig } from './phases';
import { CTL } from './layout';
import { serveSlab, sharedTeam, stopTeam, type ChunkCount, type PhaseFn, type Team } from './team';

/** The part of a Worker (browser or adapted worker_threads) the pool uses. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown }) => void): void;
  terminate(): unknown;
}

export interface SlabStart { type: 'solve'; buffers: [SharedArrayBuffer, SharedArrayBuffer]; config: SlabConfig; slot: number }
export interface SlabReady { type: 'ready' }

/** Whether this thread can share memory with workers (SharedArrayBuffer exists: a cross-origin isolated
 *  page or worker, or Node) and block on it (Atomics.wait: workers and Node, not a browser main thread). */
export function canShareMemory(): boolean {
  if (typeof SharedArrayBuffer === 'undefined' || typeof Atomics === 'undefined') return false;
  const g = globalThis as { crossOriginIsolated?: boolean };
  return g.crossOriginIsolated !== false;
}

/** The worker's side: answers 'solve' messages by running its slab's phase loop until the solve ends. */
export function attachSlabWorker(scope: { addEventListener(type: 'message', l: (e: { data: unknown }) => void): void; postMessage(m: unknown): void }): void {
  scope.addEventListener('message', (e) => {
    const msg = e.data as SlabStart;
    if (msg?.type !== 'solve') return;
    const ctx = buildPhases(msg.config, msg.buffers);
    const ctl = ctx.arrays.ctl;
    // the coordinator may have given up waiting (it then stored −1): do not join a team that is gone
    if (Atomics.compareExchange(ctl, CTL.ready + msg.slot, 0, 1) !== 0) return;
    Atomics.notify(ctl, CTL.ready + msg.slot);
    serveSlab(ctx.phases, ctl, ctx.arrays.params, msg.config.spin);
  });
  scope.postMessage({ type: 'ready' } satisfies SlabReady);
}

/** Sends a solve to workers[i] as slot i + 1 (they join by setting their ready flag). */
export function postTeam(config: SlabConfig, buffers: [SharedArrayBuffer, SharedArrayBuffer], workers: readonly WorkerLike[]): void {
  workers.forEach((w, i) => w.postMessage({ type: 'solve', buffers, config, slot: i + 1 } satisfies SlabStart));
}

/** Whether every slot 1..n has joined (ready flag set). */
export function teamJoined(ctl: Int32Array, n: number): boolean {
  for (let slot = 1; slot <= n; slot++) if (Atomics.load(ctl, CTL.ready + slot) === 0) return false;
  return true;
}

/**
 * Waits (≤ timeoutMs, blocking) until the workers posted to by postTeam have joined and returns the team;
 * null when one did not (the solve then runs serially; workers that had joined are released and late ones
 * will not join). A browser worker must not block before the message reached its nested workers: an async
 * caller awaits teamJoined first (solveAirAsync), and this wait then returns at once.
 */
export function joinTeam(phases: readonly PhaseFn[], chunks: readonly ChunkCount[], ctl: Int32Array, params: Float64Array, config: SlabConfig, n: number,
  timeoutMs = 5000): Team | null {
  const deadline = Date.now() + timeoutMs;
  let ok = true;
  for (let slot = 1; slot <= n && ok; slot++) {
    while (Atomics.load(ctl, CTL.ready + slot) === 0) {
      const left = deadline - Date.now();
      if (left <= 0) {
        ok = Atomics.compareExchange(ctl, CTL.ready + slot, 0, -1) === 1;
        break;
      }
      Atomics.wait(ctl, CTL.ready + slot, 0, left);
    }
  }
  if (ok) return sharedTeam(phases, chunks, ctl, params, config.parts, config.spin);
  for (let slot = 1; slot <= n; slot++) Atomics.compareExchange(ctl, CTL.ready + slot, 0, -1);
  // release the workers that joined: their phase loop finds STOP
  stopTeam(ctl);
  return null;
}

/** What a solve waits for between posting to its slab workers and blocking on them (see joinTeam). */
export interface JoinWait { ctl: Int32Array; workers: number; deadline: number }

/** Resolves once the workers have joined or the deadline has passed (polls: no Atomics.waitAsync needed). */
export async function whenJoined(w: JoinWait): Promise<void> {
  while (!teamJoined(w.ctl, w.workers) && Date.now() < w.deadline) await new Promise((r) => setTimeout(r, 1));
}

/**
 * Slab workers spawned once and reused by every solve of this thread. ready() resolves with the workers
 * once each has loaded (an empty list when shared memory is unavailable or a worker failed to start: the
 * solve then runs serially); dispose() terminates them. Terminating the thread that owns the pool (the
 * engine worker, on cancel) terminates them too.
 */
export class SlabPool {
  private started: Promise<WorkerLike[]> | null = null;
  private workers: WorkerLike[] = [];

  constructor(private readonly spawn: () => WorkerLike, readonly size: number, private readonly timeoutMs = 10_000) {}

  ready(): Promise<WorkerLike[]> {
    if (this.size < 1 || !canShareMemory()) return Promise.resolve([]);
    this.started ??= Promise.all(Array.from({ length: this.size }, () => this.start())).then((ws) => {
      if (ws.every((w) => w)) return (this.workers = ws as WorkerLike[]);
      for (const w of ws) w?.terminate();
      return [];
    });
    return this.started;
  }

  private start(): Promise<WorkerLike | null> {
    return new Promise((resolve) => {
      let w: WorkerLike;
      try { w = this.spawn(); } catch { resolve(null); return; }
      const timer = setTimeout(() => { w.terminate(); resolve(null); }, this.timeoutMs);
      w.addEventListener('message', (e) => { if ((e.data as SlabReady | undefined)?.type === 'ready') { clearTimeout(timer); resolve(w); } });
      w.addEventListener('error', () => { clearTimeout(timer); w.terminate(); resolve(null); });
    });
  }

  dispose(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.started = null;
  }
}
