// The data of a review package: the project text and the solver results the author had on screen (liquid
// loops, room air with its fields, verdicts and hall summary), embedded in the package as a classic script
// (`project.js`: `window.__HALLFLOW_REVIEW__ = {…};`) so that a page opened from file:// reads it without
// fetch() and the reviewer sees heatmaps, pipes and verdicts without running a solver.
//
// Format (version 1): JSON; typed arrays (air fields) become {"$typed": "Float32Array", "b64": "…"} with
// the little-endian bytes in base64. The CLI (cli/review-package.ts) writes the same format with Node's
// Buffer; test/unit/review/package-data.test.ts decodes its output with decodePackageData. Pure: no DOM.
import type { LoopFailure, LoopResult } from '../../../../workers/loop';
import type { AirView } from '../../../../workers/api';
import type { AirFailure } from '../../../../workers/airflow';
import type { HallSummary, HallVerdicts } from '../../../../workers/verdicts';

export const PACKAGE_VERSION = 1;
export { dataScript, PACKAGE_GLOBAL } from '../../../../workers/review/package-format';

export interface PackageData {
  version: typeof PACKAGE_VERSION;
  /** File name of the project, e.g. "hall-a.hallflow.json". */
  fileName: string;
  /** ISO time the package was made. */
  created: string;
  /** What made it ("Hallflow 0.1.0 (desktop)", "hallflow CLI"…). */
  generator: string;
  /** The project document as saved (.hallflow.json text). */
  project: string;
  loop: LoopResult | LoopFailure | null;
  air: AirView | AirFailure | null;
  /** Air solver mode of `air`. */
  airMode: 'fast' | 'accurate' | null;
  verdicts: { verdicts: HallVerdicts; summary: HallSummary } | null;
}

const TYPED = {
  Float32Array, Float64Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array, Uint8ClampedArray,
} as const;
type TypedName = keyof typeof TYPED;

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** JSON text of the package data (typed arrays as base64). */
export function encodePackageData(data: PackageData): string {
  return JSON.stringify(data, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const name = value.constructor.name as TypedName;
      if (!(name in TYPED)) throw new Error(`cannot embed a ${name}`);
      return { $typed: name, b64: bytesToBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
    }
    return value;
  });
}

function revive(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as { $typed?: unknown; b64?: unknown };
    if (typeof v.$typed === 'string' && typeof v.b64 === 'string' && Object.keys(value).length === 2) {
      const Ctor = TYPED[v.$typed as TypedName];
      if (!Ctor) throw new Error(`unknown typed array ${v.$typed}`);
      const bytes = base64ToBytes(v.b64);
      return new Ctor(bytes.buffer as ArrayBuffer, 0, bytes.byteLength / Ctor.BYTES_PER_ELEMENT);
    }
  }
  return value;
}

export type Decoded = { ok: true; data: PackageData } | { ok: false; error: string };

/** Package data from its JSON text or the object the data script assigned; never throws. */
export function decodePackageData(input: unknown): Decoded {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    if (typeof text !== 'string') return { ok: false, error: 'No review data in this package (project.js is missing or empty).' };
    const data = JSON.parse(text, revive) as Partial<PackageData>;
    if (data.version !== PACKAGE_VERSION) return { ok: false, error: `This review package has format version ${String(data.version)}; this viewer reads version ${PACKAGE_VERSION}.` };
    if (typeof data.project !== 'string' || typeof data.fileName !== 'string') return { ok: false, error: 'The review data has no project.' };
    return { ok: true, data: data as PackageData };
  } catch (e) {
    return { ok: false, error: `The review data cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

