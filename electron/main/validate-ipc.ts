// Validation of every IPC argument that reaches main from the renderer (plain Node).
//
// Contract: each validateX(arg) returns the typed request or throws an IpcValidationError whose
// `code` names the rule that failed (tests check every code). The renderer is treated as untrusted:
// objects must have exactly the expected keys, strings have length limits and no NUL, project paths
// must be absolute, free of `.`/`..` segments and end with `.hallflow.json`; exports may use any
// extension because their path comes from main's own save dialog, but the suggested name must be a
// plain file name. ipc-handlers.ts turns the error into `{ok: false, error}`.
import * as nodePath from 'node:path';
import {
  PROJECT_EXTENSION,
  type ExportFileRequest,
  type OpenPathRequest,
  type PageSize,
  type PrintToPdfRequest,
  type SaveAsRequest,
  type SaveRequest,
  type SetTitleRequest,
  type WriteRecoveryRequest,
  type WriteReviewPackageRequest,
} from '../ipc';
import { originOf } from './security';

export const LIMITS = {
  pathChars: 4096,
  fileNameChars: 255,
  projectTextChars: 50 * 1024 * 1024,
  htmlChars: 50 * 1024 * 1024,
  exportBytes: 512 * 1024 * 1024,
  titleChars: 300,
  packageFiles: 16,
  packageChars: 256 * 1024 * 1024,
  mimeChars: 127,
} as const;

export type ValidationCode =
  | 'NotAnObject' | 'MissingField' | 'UnexpectedField' | 'UnexpectedArgument' | 'NotAString' | 'NotABoolean'
  | 'Empty' | 'TooLong' | 'ControlCharacter' | 'NotAbsolute' | 'RelativeSegment' | 'NotAProjectFile'
  | 'BadFileName' | 'NotBytes' | 'BadMime' | 'BadPageSize' | 'UntrustedSender'
  | 'NotAList' | 'TooMany' | 'BadPackageFile' | 'DuplicateName';

export class IpcValidationError extends Error {
  override readonly name = 'IpcValidationError';
  constructor(readonly code: ValidationCode, readonly field: string, detail: string) {
    super(`Invalid IPC argument "${field}" (${code}): ${detail}`);
  }
}

type PathApi = Pick<typeof nodePath, 'isAbsolute' | 'basename'>;

function fail(code: ValidationCode, field: string, detail: string): never {
  throw new IpcValidationError(code, field, detail);
}

/** The argument must be a plain object with exactly these keys. */
function record(arg: unknown, keys: readonly string[], field = 'request'): Record<string, unknown> {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg) || ArrayBuffer.isView(arg)) {
    fail('NotAnObject', field, 'expected an object');
  }
  const value = arg as Record<string, unknown>;
  for (const key of Object.keys(value)) if (!keys.includes(key)) fail('UnexpectedField', key, 'not part of this request');
  for (const key of keys) if (!(key in value)) fail('MissingField', key, 'required');
  return value;
}

export function checkString(value: unknown, field: string, maxChars: number, allowEmpty = false): string {
  if (typeof value !== 'string') fail('NotAString', field, `expected a string, got ${typeof value}`);
  if (!allowEmpty && value.length === 0) fail('Empty', field, 'must not be empty');
  if (value.length > maxChars) fail('TooLong', field, `${value.length} characters, the limit is ${maxChars}`);
  return value;
}

function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail('NotABoolean', field, `expected a boolean, got ${typeof value}`);
  return value;
}

/** An absolute path without NUL or control characters and without `.`/`..` segments. */
export function checkAbsolutePath(value: unknown, field: string, path: PathApi = nodePath): string {
  const p = checkString(value, field, LIMITS.pathChars);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(p)) fail('ControlCharacter', field, 'paths must not contain control characters');
  if (!path.isAbsolute(p)) fail('NotAbsolute', field, 'the path must be absolute');
  if (p.split(/[\\/]/).some((segment) => segment === '.' || segment === '..')) {
    fail('RelativeSegment', field, 'the path must not contain "." or ".." segments');
  }
  return p;
}

export function checkProjectPath(value: unknown, field = 'path', path: PathApi = nodePath): string {
  const p = checkAbsolutePath(value, field, path);
  const name = path.basename(p);
  if (!name.toLowerCase().endsWith(PROJECT_EXTENSION) || name.length === PROJECT_EXTENSION.length) {
    fail('NotAProjectFile', field, `project files end with ${PROJECT_EXTENSION}`);
  }
  return p;
}

/** A plain file name for a save dialog: no folders, no control or reserved characters. */
export function checkFileName(value: unknown, field: string): string {
  const name = checkString(value, field, LIMITS.fileNameChars);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f<>:"/\\|?*]/.test(name) || name === '.' || name === '..' || name.trim() !== name) {
    fail('BadFileName', field, 'must be a plain file name without folders or reserved characters');
  }
  return name;
}

function checkNullablePath(value: unknown, field: string, project: boolean): string | null {
  if (value === null) return null;
  return project ? checkProjectPath(value, field) : checkAbsolutePath(value, field);
}

export function validateNoArguments(args: readonly unknown[]): void {
  if (args.length > 0) fail('UnexpectedArgument', 'arguments', `this channel takes no arguments, got ${args.length}`);
}

export function validateOpenPath(arg: unknown): OpenPathRequest {
  const r = record(arg, ['path']);
  return { path: checkProjectPath(r.path) };
}

export function validateSave(arg: unknown): SaveRequest {
  const r = record(arg, ['path', 'text']);
  return { path: checkProjectPath(r.path), text: checkString(r.text, 'text', LIMITS.projectTextChars, true) };
}

export function validateSaveAs(arg: unknown): SaveAsRequest {
  const r = record(arg, ['suggestedName', 'text', 'currentPath']);
  return {
    suggestedName: checkFileName(r.suggestedName, 'suggestedName'),
    text: checkString(r.text, 'text', LIMITS.projectTextChars, true),
    currentPath: checkNullablePath(r.currentPath, 'currentPath', true),
  };
}

export function validateWriteRecovery(arg: unknown): WriteRecoveryRequest {
  const r = record(arg, ['text', 'sourcePath']);
  return {
    text: checkString(r.text, 'text', LIMITS.projectTextChars, true),
    sourcePath: checkNullablePath(r.sourcePath, 'sourcePath', true),
  };
}

export function validateExportFile(arg: unknown): ExportFileRequest {
  const r = record(arg, ['suggestedName', 'data', 'mime']);
  const mime = checkString(r.mime, 'mime', LIMITS.mimeChars);
  if (!/^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/i.test(mime)) fail('BadMime', 'mime', 'expected type/subtype');
  let data: string | Uint8Array;
  if (typeof r.data === 'string') {
    data = checkString(r.data, 'data', LIMITS.exportBytes, true);
  } else if (r.data instanceof Uint8Array) {
    if (r.data.byteLength > LIMITS.exportBytes) fail('TooLong', 'data', `${r.data.byteLength} bytes, the limit is ${LIMITS.exportBytes}`);
    data = r.data;
  } else {
    fail('NotBytes', 'data', 'expected a string or a Uint8Array');
  }
  return { suggestedName: checkFileName(r.suggestedName, 'suggestedName'), data, mime };
}

/** Files a review package may hold: plain names with a web or text extension. */
export const PACKAGE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,119}\.(html|js|css|json|txt)$/;

export function validateWriteReviewPackage(arg: unknown): WriteReviewPackageRequest {
  const r = record(arg, ['folderName', 'files']);
  const folderName = checkFileName(r.folderName, 'folderName');
  if (folderName.startsWith('.')) fail('BadFileName', 'folderName', 'must not start with a dot');
  if (!Array.isArray(r.files)) fail('NotAList', 'files', 'expected a list of files');
  if (r.files.length === 0) fail('Empty', 'files', 'a package has at least one file');
  if (r.files.length > LIMITS.packageFiles) fail('TooMany', 'files', `${r.files.length} files, the limit is ${LIMITS.packageFiles}`);
  const seen = new Set<string>();
  let total = 0;
  const files = r.files.map((f: unknown, i: number) => {
    const e = record(f, ['name', 'text'], `files[${i}]`);
    const name = checkFileName(e.name, `files[${i}].name`);
    if (!PACKAGE_FILE_NAME.test(name)) fail('BadPackageFile', `files[${i}].name`, 'expected a plain .html, .js, .css, .json or .txt file name');
    if (seen.has(name.toLowerCase())) fail('DuplicateName', `files[${i}].name`, `${name} appears twice`);
    seen.add(name.toLowerCase());
    const text = checkString(e.text, `files[${i}].text`, LIMITS.packageChars, true);
    total += text.length;
    if (total > LIMITS.packageChars) fail('TooLong', 'files', `the package exceeds ${LIMITS.packageChars} characters`);
    return { name, text };
  });
  return { folderName, files };
}

export function validatePrintToPdf(arg: unknown): PrintToPdfRequest {
  const r = record(arg, ['html', 'pageSize']);
  const html = r.html === null ? null : checkString(r.html, 'html', LIMITS.htmlChars);
  if (r.pageSize !== 'A4' && r.pageSize !== 'Letter') fail('BadPageSize', 'pageSize', 'expected "A4" or "Letter"');
  return { html, pageSize: r.pageSize as PageSize };
}

export function validateSetTitle(arg: unknown): SetTitleRequest {
  const r = record(arg, ['title', 'dirty']);
  const title = checkString(r.title, 'title', LIMITS.titleChars, true);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(title)) fail('ControlCharacter', 'title', 'titles must not contain control characters');
  return { title, dirty: checkBoolean(r.dirty, 'dirty') };
}

/** IPC is accepted only from the app's own pages (app://hallflow or the dev server). */
export function validateSender(frameUrl: string | undefined, trustedOrigins: readonly string[]): void {
  const origin = frameUrl ? originOf(frameUrl) : null;
  if (origin === null || !trustedOrigins.includes(origin)) {
    fail('UntrustedSender', 'sender', `IPC from ${frameUrl || 'an unknown frame'} is not accepted`);
  }
}
