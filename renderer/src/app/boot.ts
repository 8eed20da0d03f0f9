// Start-up: what document the window opens with. A recovery file left by a crash is offered first (the
// app shows the offer; nothing is loaded silently); otherwise the default sample hall opens.
import { loadDocument } from '../../../workers/model/load';
import type { HallDocument } from '../../../workers/model/schema';
import type { Platform } from '../platform';
import { DEFAULT_SAMPLE, SAMPLES } from './samples';

export interface Boot {
  doc: HallDocument;
  fileName: string;
  recovery: { text: string; savedAt: string; sourcePath: string | null } | null;
}

export async function bootDocument(platform: Platform, params: URLSearchParams): Promise<Boot> {
  const key = params.get('sample');
  const sample = SAMPLES.find((s) => s.key === key) ?? DEFAULT_SAMPLE;
  const loaded = loadDocument(sample.text);
  if (!loaded.ok) throw new Error(`sample ${sample.key} does not load: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  let recovery: Boot['recovery'] = null;
  try {
    recovery = await platform.readRecovery();
  } catch {
    recovery = null;
  }
  return { doc: loaded.doc, fileName: `${sample.key}.hallflow.json`, recovery };
}
