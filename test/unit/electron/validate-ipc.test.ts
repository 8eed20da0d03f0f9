import { describe, expect, it } from 'vitest';
import * as v from '../../../electron/main/validate-ipc';

const PROJECT = '/home/eng/halls/hall-a.hallflow.json';

/** Runs fn and returns the IpcValidationError code it threw. */
function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(v.IpcValidationError);
    expect((error as Error).name).toBe('IpcValidationError');
    return (error as v.IpcValidationError).code;
  }
  throw new Error('expected a validation error');
}

describe('IPC argument validation', () => {
  it('accepts well-formed requests', () => {
    expect(v.validateOpenPath({ path: PROJECT })).toEqual({ path: PROJECT });
    expect(v.validateSave({ path: PROJECT, text: '' })).toEqual({ path: PROJECT, text: '' });
    expect(v.validateSaveAs({ suggestedName: 'hall.hallflow.json', text: '{}', currentPath: null })).toMatchObject({ currentPath: null });
    expect(v.validateWriteRecovery({ text: '{}', sourcePath: PROJECT })).toEqual({ text: '{}', sourcePath: PROJECT });
    expect(v.validateExportFile({ suggestedName: 'racks.csv', data: new Uint8Array(3), mime: 'text/csv' }).data).toBeInstanceOf(Uint8Array);
    expect(v.validatePrintToPdf({ html: null, pageSize: 'Letter' })).toEqual({ html: null, pageSize: 'Letter' });
    expect(v.validateSetTitle({ title: 'hall — Hallflow', dirty: true })).toEqual({ title: 'hall — Hallflow', dirty: true });
    expect(v.checkProjectPath('/h/UPPER.HALLFLOW.JSON')).toBe('/h/UPPER.HALLFLOW.JSON');
    expect(() => v.validateNoArguments([])).not.toThrow();
  });

  it('names every rejection', () => {
    const cases: [string, () => unknown][] = [
      ['NotAnObject', () => v.validateOpenPath('/h/a.hallflow.json')],
      ['NotAnObject', () => v.validateOpenPath(null)],
      ['NotAnObject', () => v.validateOpenPath([PROJECT])],
      ['MissingField', () => v.validateSave({ path: PROJECT })],
      ['UnexpectedField', () => v.validateOpenPath({ path: PROJECT, extra: 1 })],
      ['UnexpectedArgument', () => v.validateNoArguments([1])],
      ['NotAString', () => v.validateOpenPath({ path: 42 })],
      ['NotABoolean', () => v.validateSetTitle({ title: 't', dirty: 'yes' })],
      ['Empty', () => v.validateOpenPath({ path: '' })],
      ['TooLong', () => v.validateOpenPath({ path: `/${'a'.repeat(5000)}.hallflow.json` })],
      ['TooLong', () => v.validateSetTitle({ title: 'x'.repeat(301), dirty: false })],
      ['TooLong', () => v.validateExportFile({ suggestedName: 'a.bin', data: Object.defineProperty(new Uint8Array(1), 'byteLength', { get: () => 2 ** 40 }), mime: 'a/b' })],
      ['ControlCharacter', () => v.validateOpenPath({ path: '/h/a\u0000.hallflow.json' })],
      ['ControlCharacter', () => v.validateSetTitle({ title: 'a\nb', dirty: false })],
      ['NotAbsolute', () => v.validateOpenPath({ path: 'halls/a.hallflow.json' })],
      ['RelativeSegment', () => v.validateOpenPath({ path: '/h/../etc/a.hallflow.json' })],
      ['RelativeSegment', () => v.validateSave({ path: '/h/./a.hallflow.json', text: '' })],
      ['NotAProjectFile', () => v.validateOpenPath({ path: '/etc/passwd' })],
      ['NotAProjectFile', () => v.validateSave({ path: '/h/a.json', text: '' })],
      ['NotAProjectFile', () => v.validateOpenPath({ path: '/h/.hallflow.json' })],
      ['NotAProjectFile', () => v.validateWriteRecovery({ text: '', sourcePath: '/h/notes.txt' })],
      ['BadFileName', () => v.validateSaveAs({ suggestedName: '../x.hallflow.json', text: '', currentPath: null })],
      ['BadFileName', () => v.validateExportFile({ suggestedName: 'C:\\x.csv', data: '', mime: 'text/csv' })],
      ['BadFileName', () => v.validateExportFile({ suggestedName: ' x.csv', data: '', mime: 'text/csv' })],
      ['NotBytes', () => v.validateExportFile({ suggestedName: 'a.png', data: [1, 2], mime: 'image/png' })],
      ['BadMime', () => v.validateExportFile({ suggestedName: 'a.png', data: '', mime: 'image png' })],
      ['BadPageSize', () => v.validatePrintToPdf({ html: '<p>', pageSize: 'A3' })],
      ['UntrustedSender', () => v.validateSender('https://evil.example/', ['app://hallflow'])],
      ['UntrustedSender', () => v.validateSender('app://hallflow.evil/index.html', ['app://hallflow'])],
      ['UntrustedSender', () => v.validateSender(undefined, ['app://hallflow'])],
    ];
    for (const [code, fn] of cases) expect(codeOf(fn), fn.toString()).toBe(code);
  });

  it('covers every code it declares', () => {
    const declared: v.ValidationCode[] = [
      'NotAnObject', 'MissingField', 'UnexpectedField', 'UnexpectedArgument', 'NotAString', 'NotABoolean', 'Empty', 'TooLong',
      'ControlCharacter', 'NotAbsolute', 'RelativeSegment', 'NotAProjectFile', 'BadFileName', 'NotBytes', 'BadMime', 'BadPageSize',
      'UntrustedSender',
    ];
    expect(new Set(declared).size).toBe(17);
  });

  it('accepts the app and the dev server as senders', () => {
    expect(() => v.validateSender('app://hallflow/index.html', ['app://hallflow'])).not.toThrow();
    expect(() => v.validateSender('http://localhost:5173/', ['app://hallflow', 'http://localhost:5173'])).not.toThrow();
  });

  it('puts the field and the rule in the message', () => {
    expect(() => v.validateOpenPath({ path: 'rel.hallflow.json' })).toThrow('Invalid IPC argument "path" (NotAbsolute)');
  });
});
