// App side of "Export review package": when the results on screen may be packaged, and how the browser
// platform writes a package (directory picker, or the one-file download when there is none).
import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform, type FileAccess, type WritableFolder } from '../../../renderer/src/platform/browser';
import type { ReviewPackage } from '../../../renderer/src/platform';
import { notReadyReason } from '../../../renderer/src/review/package/ExportPackage';
import { ResultsStore } from '../../../renderer/src/solver/results-store';
import { hallWith } from './fixtures';

const pkg = (): ReviewPackage => ({
  folderName: 'hall-review',
  files: [{ name: 'index.html', text: '<html>' }, { name: 'project.js', text: 'x' }],
  singleFile: vi.fn(async () => ({ name: 'hall-review.html', html: '<html>one</html>' })),
});

function platform(files: Partial<FileAccess>) {
  const all: FileAccess = {
    pickFileToOpen: vi.fn(), pickSaveTarget: vi.fn(), download: vi.fn(), openHtmlTab: vi.fn(() => true), ...files,
  };
  const store = { get: vi.fn(async () => undefined), set: vi.fn(async () => undefined), delete: vi.fn(async () => undefined) };
  return { p: createBrowserPlatform({ store, names: { getItem: () => null, setItem: () => undefined }, files: all, setDocumentTitle: () => undefined }), all };
}

describe('browser platform: writeReviewPackage', () => {
  it('writes the folder into the picked directory', async () => {
    const folder: WritableFolder = { name: 'Reviews', writeFolder: vi.fn(async () => undefined) };
    const { p } = platform({ pickDirectory: async () => folder });
    const r = pkg();
    expect(await p.writeReviewPackage(r)).toEqual({ ok: true, value: 'Reviews/hall-review' });
    expect(folder.writeFolder).toHaveBeenCalledWith('hall-review', r.files);
    expect(r.singleFile).not.toHaveBeenCalled();
  });

  it('downloads one HTML file without a directory picker, and cancels cleanly', async () => {
    const { p, all } = platform({ pickDirectory: async () => 'unsupported' });
    expect(await p.writeReviewPackage(pkg())).toEqual({ ok: true, value: 'hall-review.html' });
    expect(all.download).toHaveBeenCalledWith('hall-review.html', '<html>one</html>', 'text/html');
    const none = platform({});
    expect(await none.p.writeReviewPackage(pkg())).toEqual({ ok: true, value: 'hall-review.html' });
    const cancelled = platform({ pickDirectory: async () => null });
    expect(await cancelled.p.writeReviewPackage(pkg())).toBeNull();
  });

  it('reports a failed write as an error value', async () => {
    const folder: WritableFolder = { name: 'R', writeFolder: async () => { throw new Error('quota'); } };
    const { p } = platform({ pickDirectory: async () => folder });
    expect(await p.writeReviewPackage(pkg())).toEqual({ ok: false, error: expect.stringContaining('quota') });
  });
});

describe('notReadyReason', () => {
  const doc = hallWith([{ id: 'R1', x: 5, y: 5 }]);
  it('accepts current results (or none) and names what is out of date or running', () => {
    const s = new ResultsStore();
    expect(notReadyReason(s.getState(), doc)).toBeNull();
    s.patchLoop({ status: 'done', result: {} as never, doc });
    s.patchAir({ status: 'done', result: {} as never, doc, mode: 'fast' });
    expect(notReadyReason(s.getState(), doc)).toBeNull();
    s.patchAir({ status: 'running' });
    expect(notReadyReason(s.getState(), doc)).toMatch(/running/);
    s.patchAir({ status: 'done', stale: true });
    expect(notReadyReason(s.getState(), doc)).toMatch(/room-air result is out of date/);
    s.patchLoop({ doc: { ...doc } });
    expect(notReadyReason(s.getState(), doc)).toMatch(/liquid-loop result is out of date/);
  });
});
