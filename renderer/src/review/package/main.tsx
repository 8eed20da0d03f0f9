// Entry of the review package (built as one classic IIFE script by vite.review.config.ts, so it runs from
// file:// where module scripts are refused). Reads the data that project.js assigned to
// window.__HALLFLOW_REVIEW__, loads the project and mounts the read-only review page; a missing or
// unreadable package shows what is wrong instead of a blank page.
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { loadDocument } from '../../../../workers/model/load';
import { decodePackageData, PACKAGE_GLOBAL } from './data';
import { PackageApp } from './PackageApp';
import '../../styles.css';
import './package.css';

function fail(message: string): void {
  const root = document.getElementById('root')!;
  root.textContent = '';
  const box = document.createElement('div');
  box.className = 'package-error';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'package-error';
  const h = document.createElement('h1');
  h.textContent = 'This review package cannot be opened';
  const p = document.createElement('p');
  p.textContent = message;
  box.append(h, p);
  root.append(box);
}

function start(): void {
  const raw = (window as unknown as Record<string, unknown>)[PACKAGE_GLOBAL];
  if (raw === undefined) return fail('project.js (the project and its results) is missing next to index.html. Keep the package folder together.');
  const decoded = decodePackageData(raw);
  if (!decoded.ok) return fail(decoded.error);
  const loaded = loadDocument(decoded.data.project);
  if (!loaded.ok) return fail(`The project does not load: ${loaded.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PackageApp data={decoded.data} doc={loaded.doc} />
    </StrictMode>,
  );
}

start();
