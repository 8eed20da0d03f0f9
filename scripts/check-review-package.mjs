#!/usr/bin/env node
// Checks of the review-package viewer template (vite.review.config.ts output), run by `npm run build`:
// what makes a package open by double-click (file://) and stay offline. index.html has the strict CSP
// (nothing remote: default-src 'none', connect-src 'none', worker-src 'none', scripts only 'self') and
// loads classic scripts (no type="module"); hallflow-review.js compiles as a classic script (no import/
// export, no import.meta) and starts no worker.
//
// Usage: node scripts/check-review-package.mjs [dir=renderer/public/review-package]. Exits 1 on a failure.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';

const dir = resolve(process.argv[2] ?? 'renderer/public/review-package');
const failures = [];
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `\n     ${detail}` : ''}`);
  if (!ok) failures.push(what);
}

for (const f of ['index.html', 'hallflow-review.js', 'hallflow-review.css']) check(existsSync(join(dir, f)), `review package: ${join(dir, f)} exists`);
if (failures.length === 0) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const directives = csp.split(';').map((d) => d.trim().replace(/\s+/g, ' '));
  const required = ["default-src 'none'", "script-src 'self'", "connect-src 'none'", "worker-src 'none'", "object-src 'none'", "base-uri 'none'"];
  const missing = required.filter((r) => !directives.includes(r));
  check(csp !== '' && missing.length === 0, 'review package: CSP forbids remote content, requests and workers', `missing: ${missing.join('; ')}`);
  check(!/unsafe-eval/.test(csp) && !/script-src[^;]*unsafe-inline/.test(csp), "review package: CSP allows no 'unsafe-eval' and no inline scripts");
  check(!/type=["']module["']/i.test(html), 'review package: index.html loads classic scripts only (file:// refuses module scripts)');
  const order = ['project.js', 'hallflow-review.js'].map((s) => html.indexOf(`<script src="${s}"`));
  check(order[0] >= 0 && order[1] > order[0], 'review package: project.js loads before the viewer');
  const remote = [...html.matchAll(/\s(?:src|href)=["'](https?:)?\/\/[^"']+["']/gi)].map((m) => m[0].trim());
  check(remote.length === 0, 'review package: index.html loads nothing from the network', remote.join(', '));
  const js = readFileSync(join(dir, 'hallflow-review.js'), 'utf8');
  let parsed = true, error = '';
  try {
    new Script(js, { filename: 'hallflow-review.js' });
  } catch (e) {
    parsed = false;
    error = e.message;
  }
  check(parsed, 'review package: hallflow-review.js compiles as a classic script', error);
  check(!/import\.meta/.test(js), 'review package: hallflow-review.js does not use import.meta');
  check(!/new Worker\(/.test(js), 'review package: hallflow-review.js starts no worker');
}
console.log(failures.length === 0 ? '\nReview package checks passed.' : `\n${failures.length} review package check(s) failed.`);
process.exit(failures.length === 0 ? 0 : 1);
