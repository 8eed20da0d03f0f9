// The review package's data format and files: typed arrays survive the round trip, the CLI's Node encoder
// writes what the viewer decodes, the data script is inert JSON (safe inside <script>), the one-file HTML
// keeps the strict CSP with correct script hashes, and the file names pass main's IPC validation.
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dataScript, decodePackageData, encodePackageData, PACKAGE_GLOBAL, type PackageData } from '../../../renderer/src/review/package/data';
import { packageFiles, packageFolderName, projectFileName, singleFileHtml, type Template } from '../../../renderer/src/review/package/files';
import { encodeForPackage } from '../../../cli/review-package';
import { PACKAGE_FILE_NAME, validateWriteReviewPackage } from '../../../electron/main/validate-ipc';
import { packageIndexHtml, PACKAGE_CSP } from '../../../vite.review.config';

const T = new Float32Array([1.5, -2.25, 3e-8, 1e30]);
const U = new Uint8Array([0, 255, 7]);
function sample(): PackageData {
  return {
    version: 1, fileName: 'hall.hallflow.json', created: '2026-11-26T10:00:00.000Z', generator: 'test',
    project: '{"name":"</script><script>alert(1)</script>\u2028"}',
    loop: null, air: { ok: true, fields: { t: T, mask: U, nested: [{ v: new Float64Array([Math.PI]) }] } } as never,
    airMode: 'accurate', verdicts: null,
  };
}
const fields = (d: PackageData) => (d.air as unknown as { fields: { t: Float32Array; mask: Uint8Array; nested: { v: Float64Array }[] } }).fields;

describe('review package data', () => {
  it('round-trips typed arrays bit for bit', () => {
    const r = decodePackageData(encodePackageData(sample()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(fields(r.data).t).toBeInstanceOf(Float32Array);
    expect([...fields(r.data).t]).toEqual([...T]);
    expect([...fields(r.data).mask]).toEqual([...U]);
    expect(fields(r.data).nested[0].v[0]).toBe(Math.PI);
    expect(r.data.project).toBe(sample().project);
  });

  it('decodes what the CLI writes (Node Buffer encoder, same data script)', () => {
    const script = dataScript(encodeForPackage(sample()));
    expect(script).toBe(dataScript(encodePackageData(sample())));
    const win: Record<string, unknown> = {};
    runInNewContext(script, { window: win });
    const r = decodePackageData(win[PACKAGE_GLOBAL]);
    expect(r.ok && [...fields(r.data).t]).toEqual([...T]);
  });

  it('the data script is one string literal, with no </script> or line separator inside', () => {
    const s = dataScript(encodePackageData(sample()));
    expect(s).not.toMatch(/<\/script/i);
    expect(s).not.toMatch(/[\u2028\u2029]/);
    expect(s).toMatch(/^window\.__HALLFLOW_REVIEW__ = "[^\n]*";\n$/);
  });

  it('refuses other versions and missing projects with a message', () => {
    expect(decodePackageData('{"version":2}')).toEqual({ ok: false, error: expect.stringContaining('version 2') });
    expect(decodePackageData('{"version":1}')).toEqual({ ok: false, error: expect.stringContaining('no project') });
    expect(decodePackageData('{')).toEqual({ ok: false, error: expect.stringContaining('cannot be read') });
  });
});

describe('review package files', () => {
  const template: Template = { html: packageIndexHtml(), js: 'var a = "$&</script>"; console.log(a);', css: 'body{margin:0}' };
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

  it('one HTML file: styles and scripts inline, scripts allowed by their SHA-256 only, nothing else loosened', async () => {
    const data = dataScript(encodePackageData(sample()));
    const html = await singleFileHtml(template, data, async (s) => sha(s));
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(2);
    expect(scripts[1]).toContain('"$&<\\/script>"'); // replacement text kept literally, end tag escaped
    const csp = /content="([^"]*)"/.exec(html)![1];
    expect(csp).toBe(PACKAGE_CSP.replace("script-src 'self'", `script-src 'sha256-${sha(scripts[0])}' 'sha256-${sha(scripts[1])}'`));
    expect(html).toContain('<style>body{margin:0}</style>');
    expect(html).not.toMatch(/src="|href="hallflow/);
  });

  it('folder: names that main accepts, the project under a clean name', () => {
    const files = packageFiles(template, 'x', { name: 'Hall (A) ü.hallflow.json', text: '{}', title: 'Hall A' }, '2026-11-26');
    expect(files.map((f) => f.name)).toEqual(['index.html', 'hallflow-review.js', 'hallflow-review.css', 'project.js', 'Hall _A_ _.hallflow.json', 'README.txt']);
    for (const f of files) expect(f.name).toMatch(PACKAGE_FILE_NAME);
    expect(validateWriteReviewPackage({ folderName: packageFolderName('Hall (A) ü.hallflow.json'), files }).files).toHaveLength(6);
    expect(projectFileName('...json')).toBe('project.hallflow.json');
    expect(packageFolderName('ai-hall-mixed.hallflow.json')).toBe('ai-hall-mixed-review');
  });
});
