// End to end: `hallflow report` on the default sample to a real PDF through Chromium, then poppler's
// pdftotext / pdfinfo: every rack id, each rack's max intake temperature and coolant flow as formatted
// from the results JSON the same run wrote, and a plausible page count. Needs Chromium (CHROMIUM_PATH or
// /usr/bin/chromium…) and poppler-utils: when either is missing the test FAILS with the reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM } from '../../../cli/report';
import { formatQuantity } from '../../../workers/units';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hallflow-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`${tool} failed (${(e as Error).message}); install poppler-utils (apt-get install -y poppler-utils)`);
  }
}

const number = (si: number, kind: 'temperature' | 'liquidFlow') => formatQuantity(si, kind, 'SI').replace(/ (°C|L\/min)$/, '');

describe('hallflow report → PDF (Chromium + poppler)', () => {
  it('prints the default sample with every rack and its numbers', async () => {
    const chrome = await findChromium();
    if (chrome === null) throw new Error(NO_CHROMIUM);
    const pdf = join(dir, 'report.pdf'), json = join(dir, 'results.json');
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [join(root, 'bin/hallflow.mjs'), 'report', join(root, 'assets/samples/ai-hall-mixed.hallflow.json'),
      '-o', pdf, '--json', json, '--date', '2026-12-01'], { encoding: 'utf8', cwd: root });
    console.log(`${out.trim()}\nwall ${((performance.now() - t0) / 1e3).toFixed(1)} s`);

    const info = poppler('pdfinfo', [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|Page size:\s+595\.\d+ x 842\.\d+/);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(60);

    const text = poppler('pdftotext', ['-layout', pdf, '-']);
    const results = JSON.parse(readFileSync(json, 'utf8')) as {
      air: { racks: { id: string; intakeMax: number; intakeMean: number }[] };
      loops: { racks: { id: string; cduId: string | null; flow: number }[] };
    };
    const doc = JSON.parse(readFileSync(join(root, 'assets/samples/ai-hall-mixed.hallflow.json'), 'utf8')) as { meta: { name: string }; racks: { id: string }[] };
    expect(text).toContain(doc.meta.name);
    expect(text).toMatch(/Page 2 of \d+/);
    const missing: string[] = [];
    for (const r of doc.racks) if (!text.includes(r.id)) missing.push(`rack ${r.id}`);
    // a rack's row in the intake table: id … mean … max (as formatted in the report)
    for (const r of results.air.racks) {
      const row = new RegExp(`${r.id}\\s+\\S.*?\\s${number(r.intakeMean, 'temperature').replace('.', '\\.')}\\s+${number(r.intakeMax, 'temperature').replace('.', '\\.')}\\s`);
      if (!row.test(text)) missing.push(`intake of ${r.id} (${number(r.intakeMean, 'temperature')} / ${number(r.intakeMax, 'temperature')})`);
    }
    for (const r of results.loops.racks.filter((x) => x.cduId !== null)) {
      const row = new RegExp(`${r.id}\\s+${r.cduId}\\s+\\S+\\s+${number(r.flow, 'liquidFlow').replace('.', '\\.')}\\s`);
      if (!row.test(text)) missing.push(`flow of ${r.id} (${number(r.flow, 'liquidFlow')})`);
    }
    expect(missing).toEqual([]);
  });
});
