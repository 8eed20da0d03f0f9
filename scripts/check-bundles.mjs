#!/usr/bin/env node
// Load checks of the Electron build output (run after `electron-vite build`). Catches what tsc and
// the unit tests cannot: a main bundle that fails to parse (e.g. a second `__dirname` declaration
// next to the one electron-vite injects), an ESM preload (a sandboxed preload must be CommonJS), a
// preload that requires more than `electron`, a renderer without its CSP, and insecure settings.
//
// Usage: node scripts/check-bundles.mjs [outDir=out]. Prints every check; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'out');
const failures = [];

function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `\n     ${detail}` : ''}`);
  if (!ok) failures.push(what);
  return ok;
}

function nodeCheck(file) {
  const run = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  return { ok: run.status === 0, error: (run.stderr || run.stdout).trim().split('\n').slice(0, 6).join('\n     ') };
}

// --- main ---------------------------------------------------------------------------------------
const mainDir = join(out, 'main');
const mainFiles = existsSync(mainDir) ? readdirSync(mainDir).filter((f) => /\.(m?js|cjs)$/.test(f)) : [];
check(mainFiles.includes('index.js'), `main: ${join(mainDir, 'index.js')} exists`);
let mainSource = '';
for (const file of mainFiles) {
  const path = join(mainDir, file);
  const { ok, error } = nodeCheck(path);
  check(ok, `main: node --check ${path}`, error);
  mainSource += readFileSync(path, 'utf8');
}
const insecure = [
  [/sandbox\s*:\s*false/, 'sandbox: false'],
  [/nodeIntegration\s*:\s*true/, 'nodeIntegration: true'],
  [/nodeIntegrationInWorker\s*:\s*true/, 'nodeIntegrationInWorker: true'],
  [/contextIsolation\s*:\s*false/, 'contextIsolation: false'],
  [/webSecurity\s*:\s*false/, 'webSecurity: false'],
  [/allowRunningInsecureContent\s*:\s*true/, 'allowRunningInsecureContent: true'],
  [/webviewTag\s*:\s*true/, 'webviewTag: true'],
];
for (const [pattern, text] of insecure) check(!pattern.test(mainSource), `main: no "${text}"`);
for (const text of ['sandbox: true', 'contextIsolation: true', 'nodeIntegration: false']) {
  check(new RegExp(text.replace(': ', '\\s*:\\s*')).test(mainSource), `main: sets "${text}"`);
}
check(/registerSchemesAsPrivileged/.test(mainSource) && /\.handle\(/.test(mainSource), 'main: registers and handles the app:// protocol');
check(/Cross-Origin-Embedder-Policy/.test(mainSource) && /Cross-Origin-Opener-Policy/.test(mainSource), 'main: sends COOP/COEP headers');
check(/Content-Security-Policy/.test(mainSource) && /frame-ancestors 'none'/.test(mainSource), "main: sends the CSP header with frame-ancestors 'none'");

// --- preload ------------------------------------------------------------------------------------
const preloadDir = join(out, 'preload');
const preloadName = ['index.cjs', 'index.js'].find((f) => existsSync(join(preloadDir, f)));
const referenced = /preload\/(index\.c?js)/.exec(mainSource)?.[1];
if (check(preloadName !== undefined, `preload: ${join(preloadDir, 'index.cjs|index.js')} exists`)) {
  const path = join(preloadDir, preloadName);
  const source = readFileSync(path, 'utf8');
  check(referenced === preloadName, `main: loads the built preload (preload/${preloadName})`, `main refers to preload/${referenced ?? '?'}`);
  const esm = source.split('\n').filter((line) => /^\s*(import\s*[\w{*'"]|export\s)/.test(line));
  check(esm.length === 0, 'preload: CommonJS (no top-level import/export statements)', esm.slice(0, 3).join(' | '));
  check(/require\(\s*["']electron["']\s*\)/.test(source), 'preload: uses require("electron")');
  const requires = [...source.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const others = [...new Set(requires.filter((name) => name !== 'electron'))];
  check(others.length === 0, 'preload: requires nothing but electron (sandboxed preloads cannot load modules)', others.join(', '));
  if (preloadName.endsWith('.cjs')) {
    const { ok, error } = nodeCheck(path);
    check(ok, `preload: node --check ${path}`, error);
  }
  check(/exposeInMainWorld\(\s*["']hallflow["']/.test(source), 'preload: exposes window.hallflow');
}

// --- renderer -----------------------------------------------------------------------------------
const html = join(out, 'renderer', 'index.html');
if (check(existsSync(html), `renderer: ${html} exists`)) {
  const page = readFileSync(html, 'utf8');
  const csp = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/i.exec(page)?.[2];
  if (check(csp !== undefined, 'renderer: has a Content-Security-Policy meta tag')) {
    const required = [
      "default-src 'self'", "script-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'none'",
    ];
    const directives = csp.split(';').map((d) => d.trim().replace(/\s+/g, ' '));
    const missing = required.filter((r) => !directives.includes(r));
    check(missing.length === 0, 'renderer: CSP meta has the strict directives', `missing: ${missing.join('; ')}`);
    // a <meta> policy cannot carry frame-ancestors (CSP Level 3 §6.4.2): the main process sends it as a header
    check(!/frame-ancestors/.test(csp), 'renderer: CSP meta leaves frame-ancestors to the header (ignored in a meta tag)');
    check(!/unsafe-eval/.test(csp) && !/script-src[^;]*unsafe-inline/.test(csp), "renderer: CSP allows no 'unsafe-eval' and no inline scripts");
  }
  const remote = [...page.matchAll(/\s(?:src|href)=["'](https?:)?\/\/[^"']+["']/gi)].map((m) => m[0].trim());
  check(remote.length === 0, 'renderer: index.html loads nothing from the network', remote.join(', '));
}

console.log(failures.length === 0 ? '\nAll bundle checks passed.' : `\n${failures.length} bundle check(s) failed.`);
process.exit(failures.length === 0 ? 0 : 1);
