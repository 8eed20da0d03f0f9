import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, IPC_CHANNELS, type IpcChannel } from '../../../electron/ipc';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const win = { setTitle: vi.fn(), setDocumentEdited: vi.fn() };
  return {
    handlers,
    win,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => void handlers.set(channel, fn)),
      removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    BrowserWindow: { fromWebContents: vi.fn(() => win) },
  };
});

vi.mock('electron', () => ({ ipcMain: electron.ipcMain, dialog: electron.dialog, BrowserWindow: electron.BrowserWindow }));

const { registerIpcHandlers } = await import('../../../electron/main/ipc-handlers');
const { createPathGrants } = await import('../../../electron/main/path-grants');

const appEvent = (extra: object = {}) => ({ senderFrame: { url: 'app://hallflow/index.html' }, sender: { printToPDF: vi.fn(async () => Buffer.from('PDF')) }, ...extra });

function context() {
  return {
    trustedOrigins: ['app://hallflow'],
    documentsDir: '/home/eng/Documents',
    recent: { list: vi.fn(async () => [{ path: '/h/a.hallflow.json', name: 'a.hallflow.json' }]), add: vi.fn(), remove: vi.fn(), clear: vi.fn(), has: vi.fn(async () => false) },
    recovery: {
      read: vi.fn(async () => ({ text: 't', savedAt: '2025-01-01T00:00:00.000Z', sourcePath: '/h/r.hallflow.json' })),
      write: vi.fn(async () => ({ ok: true as const, value: null })),
      clear: vi.fn(async () => ({ ok: true as const, value: null })),
    },
    grants: createPathGrants('linux'),
    onRecentChanged: vi.fn(),
    onDirtyChanged: vi.fn(),
    printHtml: vi.fn(async () => ({ ok: true as const, value: new Uint8Array([37]) })),
  };
}

const call = (channel: IpcChannel, event: object, ...args: unknown[]) => electron.handlers.get(channel)!(event, ...args);

describe('registerIpcHandlers', () => {
  let ctx: ReturnType<typeof context>;
  let dispose: () => void;
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    electron.handlers.clear();
    ctx = context();
    dispose = registerIpcHandlers(ctx as never);
  });

  it('registers exactly the contract channels and removes them again', () => {
    expect([...electron.handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    dispose();
    expect(electron.handlers.size).toBe(0);
  });

  it('refuses frames outside the app', async () => {
    const r = await call(IPC.listRecent, { senderFrame: { url: 'https://evil.example/' } });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('UntrustedSender') });
    expect(ctx.recent.list).not.toHaveBeenCalled();
  });

  it('validates arguments and answers with the named rule instead of rejecting', async () => {
    expect(await call(IPC.save, appEvent(), { path: 'relative.hallflow.json', text: '' })).toEqual({ ok: false, error: expect.stringContaining('(NotAbsolute)') });
    expect(await call(IPC.listRecent, appEvent(), 'extra')).toEqual({ ok: false, error: expect.stringContaining('(UnexpectedArgument)') });
    expect(await call(IPC.writeRecovery, appEvent())).toEqual({ ok: false, error: expect.stringContaining('(UnexpectedArgument)') });
    expect(await call(IPC.printToPdf, appEvent(), { html: '<p>', pageSize: 'A0' })).toEqual({ ok: false, error: expect.stringContaining('(BadPageSize)') });
    expect(ctx.recovery.write).not.toHaveBeenCalled();
  });

  it('calls the plain modules', async () => {
    expect(await call(IPC.listRecent, appEvent())).toEqual({ ok: true, value: [{ path: '/h/a.hallflow.json', name: 'a.hallflow.json' }] });
    expect(await call(IPC.writeRecovery, appEvent(), { text: 'x', sourcePath: null })).toEqual({ ok: true, value: null });
    expect(ctx.recovery.write).toHaveBeenCalledWith('x', null);
    expect(await call(IPC.clearRecovery, appEvent())).toEqual({ ok: true, value: null });
    expect(await call(IPC.printToPdf, appEvent(), { html: '<p>report</p>', pageSize: 'A4' })).toEqual({ ok: true, value: new Uint8Array([37]) });
    expect(ctx.printHtml).toHaveBeenCalledWith('<p>report</p>', 'A4');
  });

  it('grants the source path of a recovered project so Save works after recovery', async () => {
    expect(ctx.grants.has('/h/r.hallflow.json')).toBe(false);
    expect(await call(IPC.readRecovery, appEvent())).toMatchObject({ ok: true, value: { sourcePath: '/h/r.hallflow.json' } });
    expect(ctx.grants.has('/h/r.hallflow.json')).toBe(true);
  });

  it('prints the calling window when no HTML is given', async () => {
    const event = appEvent();
    const r = await call(IPC.printToPdf, event, { html: null, pageSize: 'Letter' });
    expect(r).toEqual({ ok: true, value: new Uint8Array(Buffer.from('PDF')) });
    expect(event.sender.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', printBackground: true });
  });

  it('sets the window title and tracks unsaved changes', async () => {
    expect(await call(IPC.setTitle, appEvent(), { title: 'hall — Hallflow', dirty: true })).toEqual({ ok: true, value: null });
    expect(electron.win.setTitle).toHaveBeenCalledWith(process.platform === 'darwin' ? 'hall — Hallflow' : '● hall — Hallflow');
    expect(ctx.onDirtyChanged).toHaveBeenCalledWith(electron.win, true);
  });

  it('returns null when the open dialog is cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call(IPC.openDialog, appEvent())).toEqual({ ok: true, value: null });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(electron.win, expect.objectContaining({ properties: ['openFile'] }));
  });

  it('answers unexpected failures with a result', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    ctx.recent.list.mockRejectedValueOnce(new Error('disk on fire'));
    expect(await call(IPC.listRecent, appEvent())).toEqual({ ok: false, error: expect.stringContaining('disk on fire') });
  });
});
