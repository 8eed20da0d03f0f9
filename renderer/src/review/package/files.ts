// Assembling a review package in the app: the viewer template (index.html, hallflow-review.js and .css,
// built by vite.review.config.ts into renderer/public/review-package/ and so served by the app's own
// origin: app:// in Electron, the web server in a browser), the data script, the project file and a
// README — as a folder, or inlined into one HTML file (browsers without a directory picker). The one-file
// variant keeps the strict CSP: its inline scripts are allowed by their SHA-256 hashes only. Pure apart
// from the injected fetch and digest.
import type { PackageFile } from '../../platform';
import { readmeText, TEMPLATE_FILES } from '../../../../workers/review/package-format';

export interface Template { html: string; js: string; css: string }

/** Loads the template next to the app's page; an error text when it is missing (not built). */
export async function fetchTemplate(base: string, fetchFn: typeof fetch = fetch): Promise<Template | string> {
  const texts: string[] = [];
  for (const f of TEMPLATE_FILES) {
    let r: Response;
    try {
      r = await fetchFn(new URL(`review-package/${f}`, base).href);
    } catch (e) {
      return `The review viewer could not be loaded (${e instanceof Error ? e.message : String(e)}).`;
    }
    if (!r.ok) return `The review viewer is not part of this build (review-package/${f}: HTTP ${r.status}): run npm run build.`;
    texts.push(await r.text());
  }
  const [html, js, css] = texts;
  if (!html.includes('hallflow-review.js')) return 'The review viewer template is not a Hallflow review package.';
  return { html, js, css };
}

/** A plain file name for the project copy inside the package (ends with .hallflow.json). */
export function projectFileName(fileName: string): string {
  const base = fileName.replace(/\.hallflow\.json$|\.json$/i, '').replace(/[^A-Za-z0-9 ._-]+/g, '_').replace(/^[^A-Za-z0-9]+/, '').slice(0, 90);
  return `${base || 'project'}.hallflow.json`;
}

export function packageFolderName(fileName: string): string {
  return `${projectFileName(fileName).replace(/\.hallflow\.json$/, '')}-review`;
}

export function packageFiles(t: Template, data: string, project: { name: string; text: string; title: string }, created: string): PackageFile[] {
  return [
    { name: 'index.html', text: t.html },
    { name: 'hallflow-review.js', text: t.js },
    { name: 'hallflow-review.css', text: t.css },
    { name: 'project.js', text: data },
    { name: projectFileName(project.name), text: project.text },
    { name: 'README.txt', text: readmeText(project.title, created) },
  ];
}

export type Digest = (text: string) => Promise<string>;

/** Base64 SHA-256 of UTF-8 text with WebCrypto. */
export const sha256Base64: Digest = async (text) => {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let s = '';
  for (const b of d) s += String.fromCharCode(b);
  return btoa(s);
};

/** The package as one HTML file: style, data and viewer inline, scripts allowed by hash. */
export async function singleFileHtml(t: Template, data: string, digest: Digest = sha256Base64): Promise<string> {
  const js = t.js.replace(/<\/(script)/gi, '<\\/$1');
  const dataJs = data.replace(/<\/(script)/gi, '<\\/$1');
  const css = t.css.replace(/<\/(style)/gi, '<\\/$1');
  const hashes = [await digest(dataJs), await digest(js)].map((h) => `'sha256-${h}'`).join(' ');
  // replacement functions, never strings: the script text contains `$&`-like sequences
  return t.html
    .replace("script-src 'self'", () => `script-src ${hashes}`)
    .replace(/<link rel="stylesheet" href="hallflow-review\.css" \/>/, () => `<style>${css}</style>`)
    .replace('<script src="project.js"></script>', () => `<script>${dataJs}</script>`)
    .replace('<script src="hallflow-review.js"></script>', () => `<script>${js}</script>`);
}
