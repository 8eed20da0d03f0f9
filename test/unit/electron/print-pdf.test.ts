import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { printHtmlToPdf, reportUrlPrefix, type PrintPage } from '../../../electron/main/print-pdf';
import { tempFolder } from './helpers';

function fakePage(overrides: Partial<PrintPage> = {}) {
  const seen: { html?: string; path?: string } = {};
  const page: PrintPage = {
    loadFile: vi.fn(async (path: string) => {
      seen.path = path;
      seen.html = await readFile(path, 'utf8');
    }),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
    destroy: vi.fn(),
    ...overrides,
  };
  return { page, seen };
}

describe('printHtmlToPdf', () => {
  it('prints the HTML from a private temp file and cleans up', async () => {
    const tempRoot = await tempFolder();
    const { page, seen } = fakePage();
    const r = await printHtmlToPdf('<h1>Thermal report</h1>', 'Letter', { createPage: () => page, tempRoot });
    expect(r.ok && Buffer.from(r.value).toString()).toBe('%PDF-1.7 fake');
    expect(seen.html).toBe('<h1>Thermal report</h1>');
    expect(`file://${seen.path}`.startsWith(reportUrlPrefix(tempRoot))).toBe(true);
    expect(page.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', printBackground: true });
    expect(page.destroy).toHaveBeenCalled();
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('turns a print failure into a result and still cleans up', async () => {
    const tempRoot = await tempFolder();
    const { page } = fakePage({ printToPDF: async () => { throw new Error('printing failed'); } });
    const r = await printHtmlToPdf('<p>x</p>', 'A4', { createPage: () => page, tempRoot });
    expect(r).toEqual({ ok: false, error: 'Could not print the report to PDF: printing failed' });
    expect(page.destroy).toHaveBeenCalled();
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('times out a page that never loads', async () => {
    const tempRoot = await tempFolder();
    const { page } = fakePage({ loadFile: () => new Promise<void>(() => undefined) });
    const r = await printHtmlToPdf('<p>x</p>', 'A4', { createPage: () => page, tempRoot, timeoutMs: 20 });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('Loading the report took longer') });
    expect(await readdir(tempRoot)).toEqual([]);
  });
});
