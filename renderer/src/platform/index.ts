// The renderer's entry to the platform: getPlatform() returns the Electron implementation when the
// preload exposed `window.hallflow`, the browser implementation otherwise.
//
// Contract: one Platform per page (created on first call and then reused), so every part of the UI
// shares the browser implementation's file handles. The UI imports types from here too.
// eslint-disable-next-line no-restricted-imports -- the IPC contract is shared by design (tsconfig.web includes it); the rule's bare 'electron' pattern targets the npm package but also matches this folder name.
import type { HallflowApi } from '../../../electron/ipc';
import { createBrowserPlatform } from './browser';
import { createDomFileAccess, createIndexedDbStore } from './browser-dom';
// eslint-disable-next-line no-restricted-imports -- ./electron is this folder's Electron implementation, not the npm package.
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

export type { MenuCommand, PageSize, Platform, ProjectFile, RecentFile, RecoveredProject, Result } from './types';

declare global {
  interface Window {
    /** Exposed by electron/preload only; absent in a browser. */
    readonly hallflow?: HallflowApi;
  }
}

const platforms = new WeakMap<Window, Platform>();

export function createPlatform(win: Window = window): Platform {
  if (win.hallflow) return createElectronPlatform(win.hallflow, (title) => void (win.document.title = title));
  return createBrowserPlatform({
    store: createIndexedDbStore(),
    names: win.localStorage,
    files: createDomFileAccess(win),
    setDocumentTitle: (title) => void (win.document.title = title),
  });
}

export function getPlatform(win: Window = window): Platform {
  let platform = platforms.get(win);
  if (!platform) {
    platform = createPlatform(win);
    platforms.set(win, platform);
  }
  return platform;
}
