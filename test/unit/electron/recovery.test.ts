import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecoveryStore, parseRecovery } from '../../../electron/main/recovery';
import { tempFolder } from './helpers';

const clock = () => new Date('2025-03-01T10:00:00.000Z');

describe('recovery file', () => {
  it('writes, reads and clears', async () => {
    const dir = await tempFolder();
    const store = createRecoveryStore(dir, clock);
    expect(await store.read()).toBeNull();
    expect(await store.write('{"hall":1}', '/h/a.hallflow.json')).toEqual({ ok: true, value: null });
    expect(await store.read()).toEqual({ text: '{"hall":1}', savedAt: '2025-03-01T10:00:00.000Z', sourcePath: '/h/a.hallflow.json' });
    expect(await readdir(dir)).toEqual(['recovery.json']);
    expect(await store.clear()).toEqual({ ok: true, value: null });
    expect(await store.read()).toBeNull();
    expect((await store.clear()).ok).toBe(true);
  });

  it('keeps a null source path for an unsaved project and overwrites older autosaves', async () => {
    const store = createRecoveryStore(await tempFolder(), clock);
    await store.write('first', '/h/a.hallflow.json');
    await store.write('second', null);
    expect(await store.read()).toMatchObject({ text: 'second', sourcePath: null });
  });

  it('reads a corrupt file as nothing to recover', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'recovery.json'), '{"text": 3}');
    expect(await createRecoveryStore(dir).read()).toBeNull();
    await writeFile(join(dir, 'recovery.json'), 'garbage');
    expect(await createRecoveryStore(dir).read()).toBeNull();
  });

  it('validates the record shape', () => {
    expect(parseRecovery({ text: 't', savedAt: 'not a date', sourcePath: null })).toBeNull();
    expect(parseRecovery({ text: 't', savedAt: '2025-01-01T00:00:00Z', sourcePath: 5 })).toBeNull();
    expect(parseRecovery({ text: 't', savedAt: '2025-01-01T00:00:00Z', sourcePath: null })).not.toBeNull();
  });
});
