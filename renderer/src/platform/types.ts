// The one interface the UI uses to reach files, recovery, exports, PDF printing, the window title and
// the native menu. Two implementations: electron.ts (through the preload's `window.hallflow`) and
// browser.ts (File System Access API / <input type=file> / downloads / IndexedDB).
//
// Contract: nothing here throws for an expected failure. `Result` carries the error text to show;
// `null` means the user cancelled a dialog. `path` is an absolute file path in Electron; in the
// browser it is an opaque token (see browser.ts) or null, never shown to the user — show `name`.
import type { MenuCommand } from '../../../electron/ipc';

export type { MenuCommand };

export interface ProjectFile { name: string; path: string | null; text: string }

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface RecentFile { path: string; name: string }

export interface RecoveredProject { text: string; savedAt: string; sourcePath: string | null }

export type PageSize = 'A4' | 'Letter';

/** One file of a review package (UTF-8 text; plain file name, no folders). */
export interface PackageFile { name: string; text: string }

/** A review package to write: a folder of files, or (browsers without a directory picker) one HTML file. */
export interface ReviewPackage {
  folderName: string;
  files: PackageFile[];
  /** The same package as one self-contained HTML file (made only when a folder cannot be written). */
  singleFile(): Promise<{ name: string; html: string }>;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** null = cancelled. */
  openProject(): Promise<Result<ProjectFile> | null>;
  /** `path` as returned by recentFiles(). */
  openRecent(path: string): Promise<Result<ProjectFile>>;
  /** Saves to target.path unless saveAs or there is none; null = cancelled. Value: where it went. */
  saveProject(
    text: string,
    target: { path: string | null; name: string },
    saveAs: boolean,
  ): Promise<Result<{ path: string | null; name: string }> | null>;
  /** Most recent first, at most 10. */
  recentFiles(): Promise<RecentFile[]>;
  /** Autosave for crash recovery; failures are logged, never thrown. */
  writeRecovery(text: string, sourcePath: string | null): Promise<void>;
  readRecovery(): Promise<RecoveredProject | null>;
  clearRecovery(): Promise<void>;
  /** Asks where to save (desktop) or downloads (browser). Value: the path or file name; null = cancelled. */
  exportFile(suggestedName: string, data: string | Uint8Array, mime: string): Promise<Result<string> | null>;
  /**
   * Writes a review package. Electron: the user chooses a parent folder, main writes `folderName` there
   * atomically (temp folder + rename). Browser: a directory picker where available (File System Access),
   * otherwise a download of the single-file HTML. Value: where it went (path, folder or file name);
   * null = cancelled.
   */
  writeReviewPackage(pkg: ReviewPackage): Promise<Result<string> | null>;
  /** PDF bytes of a self-contained HTML document (images as data: URIs; scripts do not run). */
  printToPdf(html: string, pageSize: PageSize): Promise<Result<Uint8Array>>;
  setTitle(title: string, dirty: boolean): void;
  /** Native menu commands (Electron only; the browser never calls the handler). Returns unsubscribe. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
}
