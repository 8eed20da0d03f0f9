// The file format of a review package shared by its two writers (the app's Review tab and the CLI's
// `hallflow review-package`) and its reader (the viewer): the template's files, the global the data script
// assigns, the data script itself and the README text. Pure strings: no DOM, no Node.

/** The viewer template built by vite.review.config.ts into renderer/public/review-package/. */
export const TEMPLATE_FILES = ['index.html', 'hallflow-review.js', 'hallflow-review.css'] as const;

/** The global the data script assigns. */
export const PACKAGE_GLOBAL = '__HALLFLOW_REVIEW__';

/**
 * The data script (`project.js`): assigns the package data to window.__HALLFLOW_REVIEW__ as a JSON string
 * literal (parsed by the viewer, so a hostile project text is never evaluated as code). `<` and the line
 * separators are escaped so that the same text can also sit inside an inline <script> element.
 */
export function dataScript(json: string): string {
  const literal = JSON.stringify(json).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `window.${PACKAGE_GLOBAL} = ${literal};\n`;
}

/** README.txt of a package. */
export function readmeText(project: string, created: string): string {
  return `Hallflow review package — ${project}
Made ${created}.

Open index.html in a browser (double-click it). It works offline and makes no network requests.
Everything it needs is in this folder: keep the files together.

What you can do: orbit, plan and walk through the hall (W A S D, mouse), see the heatmaps, pipes and
verdicts the package was made with, follow the guided tour of saved viewpoints, read the comments,
measure distances and present full screen. The project is read-only here; to change it, open the
.hallflow.json file in Hallflow.
`;
}
