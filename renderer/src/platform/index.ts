// The renderer's entry to the platform: getPlatform() returns the Electron implementation when the
// preload exposed `window.hallflow`, the browser implementation otherwise.
//
// Contract: one Platform per page (created on first call and then reused), so every part of the UI
// shares the browser implementation's file handles. The UI imports types from here too.
import type { HallflowApi } from '../../../electron/ipc';
import { createBrowserPlatform } from './browser';
import { createDomFileAccess, createIndexedDbStore } from './browser-dom';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

export type { MenuCommand, PackageFile, PageSize, Platform, ProjectFile, RecentFile, RecoveredProject, Result, ReviewPackage } from './types';

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
