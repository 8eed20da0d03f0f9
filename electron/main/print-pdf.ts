// Print an HTML string (the thermal report) to PDF bytes through a hidden page (plain Node + an
// injected page factory; print-window.ts supplies the Electron BrowserWindow one).
//
// Contract: the HTML is written to a private temp folder `<tmp>/hallflow-report-XXXXXX/report.html`
// (a file, not a data: URL, so large reports with embedded images are not limited by URL length),
// loaded in a page with JavaScript disabled and no network (images must be data: URIs), printed with
// backgrounds at the requested page size, and the page and temp folder are always removed. Returns an
// IpcResult; a load or print failure, or a timeout (default 60 s), is `{ok: false}`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcResult, PageSize } from '../ipc';

export const REPORT_TEMP_PREFIX = 'hallflow-report-';

export interface PrintPage {
  loadFile(path: string): Promise<void>;
  printToPDF(options: { pageSize: PageSize; printBackground: boolean }): Promise<Uint8Array>;
  destroy(): void;
}

export interface PrintDeps {
  createPage(): PrintPage;
  tempRoot?: string;
  timeoutMs?: number;
}

/** The file: URL prefix a print page may load (print-window.ts blocks everything else). */
export function reportUrlPrefix(tempRoot = tmpdir()): string {
  return pathToFileURL(join(tempRoot, REPORT_TEMP_PREFIX)).href;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function printHtmlToPdf(html: string, pageSize: PageSize, deps: PrintDeps): Promise<IpcResult<Uint8Array>> {
  const folder = await mkdtemp(join(deps.tempRoot ?? tmpdir(), REPORT_TEMP_PREFIX));
  let page: PrintPage | null = null;
  try {
    const file = join(folder, 'report.html');
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    page = deps.createPage();
    const timeoutMs = deps.timeoutMs ?? 60_000;
    await withTimeout(page.loadFile(file), timeoutMs, 'Loading the report');
    const pdf = await withTimeout(page.printToPDF({ pageSize, printBackground: true }), timeoutMs, 'Printing the report');
    return { ok: true, value: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
  } catch (error) {
    return { ok: false, error: `Could not print the report to PDF: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    page?.destroy();
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
