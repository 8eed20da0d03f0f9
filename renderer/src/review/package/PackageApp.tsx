// The review package's page: the hall in 3D with the embedded results (heatmaps, pipes, verdict colours),
// read-only. Toolbar: views (3D / plan / walk), fit, present, rack colouring; right side: the Review tab
// (viewpoints and tour, comments, measure, presentation) and the embedded verdicts and hall summary.
// No solver runs here (package/packaged-pool.ts): the results are the ones the package was made with.
import { useEffect, useMemo, useState } from 'react';
import type { HallDocument } from '../../../../workers/model/schema';
import { DocumentStore } from '../../document/store';
import { DocumentStoreProvider, useDocumentState } from '../../document/context';
import { ViewStore, ViewStoreContext, useViewState } from '../../app/view-store';
import type { RackColorBy } from '../../app/view-store';
import { Clipboard, commandForShortcut, createCommands, shortcutOf, type CommandContext } from '../../app/commands';
import { EngineProvider, useResults } from '../../solver/engine-context';
import { HallScene } from '../../scene/HallScene';
import { ReviewPanel } from '../ReviewPanel';
import { startPresentation } from '../presentation';
import { fitIsWalkStand } from '../walk-fit';
import { useRevealReviewTab } from '../use-reveal';
import { EmbeddedResults, PackageResultsPanel } from './EmbeddedResults';
import type { PackageData } from './data';

/** The only app commands a package answers to (keyboard): views, fit, clear selection. */
const VIEW_COMMANDS = new Set(['viewOrbit', 'viewPlan', 'fit', 'escape']);

export function PackageApp({ data, doc }: { data: PackageData; doc: HallDocument }) {
  const store = useMemo(() => {
    const s = new DocumentStore(doc, null, data.fileName);
    s.setReadOnly(true);
    return s;
  }, [doc, data.fileName]);
  const view = useMemo(() => new ViewStore(), []);
  const commands = useMemo(() => createCommands(new Clipboard()).filter((c) => VIEW_COMMANDS.has(c.id)), []);
  const ctx = useMemo<CommandContext>(() => ({
    store, view, openDialog: () => undefined, status: () => undefined,
    files: null as unknown as CommandContext['files'], // no view command touches files
  }), [store, view]);
  const [tab, setTab] = useState<'review' | 'results'>('review');

  useEffect(() => {
    document.title = `${doc.meta.name} — Hallflow review`;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      const cmd = commandForShortcut(commands, shortcutOf(e));
      if (!cmd) return;
      e.preventDefault();
      void cmd.run(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands, ctx, doc]);

  return (
    <DocumentStoreProvider store={store}>
      <ViewStoreContext.Provider value={view}>
        <EngineProvider>
          <EmbeddedResults data={data} />
          <div className="app review-package" data-testid="review-package">
            <PackageToolbar view={view} title={doc.meta.name} />
            <main className="viewport" data-testid="viewport">
              <HallScene />
            </main>
            <aside className="right">
              <div className="right-panel">
                <nav className="tabs" role="tablist">
                  <button type="button" role="tab" data-testid="tab-review" aria-selected={tab === 'review'} className={tab === 'review' ? 'on' : ''} onClick={() => setTab('review')}>Review</button>
                  <button type="button" role="tab" data-testid="tab-results" aria-selected={tab === 'results'} className={tab === 'results' ? 'on' : ''} onClick={() => setTab('results')}>Results</button>
                </nav>
                <RevealReviewTab open={() => setTab('review')} />
                {tab === 'review' ? <ReviewPanel packaged /> : <PackageResultsPanel />}
              </div>
            </aside>
            <PackageStatus data={data} />
          </div>
        </EngineProvider>
      </ViewStoreContext.Provider>
    </DocumentStoreProvider>
  );
}

/** Switches to the Review tab when a comment pin is clicked (inside the stores' providers). */
function RevealReviewTab({ open }: { open: () => void }) {
  useRevealReviewTab(open);
  return null;
}

const COLOURS: [RackColorBy, string][] = [
  ['cooling', 'Cooling type'], ['itLoad', 'IT load'], ['airHeat', 'Heat to air'], ['liquidHeat', 'Heat to liquid'],
  ['returnTemp', 'Return T (loop)'], ['flowShare', 'Flow share (loop)'], ['verdict', 'Verdict'],
];

function PackageToolbar({ view, title }: { view: ViewStore; title: string }) {
  const camera = useViewState((s) => s.camera);
  const colorBy = useViewState((s) => s.colorBy);
  const hasSelection = useDocumentState((s) => s.selection.length > 0);
  const air = useViewState((s) => s.air);
  const hasAir = useResults((s) => s.air.result !== null);
  const fit = () => view.set({ fitRequest: view.getState().fitRequest + 1 });
  const cam = (mode: 'orbit' | 'plan' | 'walk', text: string, testId: string) => (
    <button type="button" data-testid={testId} className={camera === mode ? 'on' : ''} onClick={() => view.set({ camera: mode })}>{text}</button>
  );
  return (
    <header className="toolbar">
      <span className="brand">Hallflow</span>
      <span className="package-title" data-testid="package-title">{title}</span>
      <div className="group">
        <div className="segmented" role="group" aria-label="Camera">
          {cam('orbit', '3D', 'cmd-viewOrbit')}
          {cam('plan', 'Plan', 'cmd-viewPlan')}
          {cam('walk', 'Walk', 'cmd-viewWalk')}
        </div>
        <button type="button" data-testid="cmd-fit" title={fitIsWalkStand(camera, hasSelection) ? 'Stand in front of the selection (F)' : 'Fit hall (F)'} onClick={fit}>Fit</button>
        <button type="button" data-testid="cmd-present" title="Present full screen: arrow keys step through viewpoints, Esc leaves" onClick={() => startPresentation(view.review)}>Present</button>
      </div>
      <div className="group">
        {hasAir && (
          <label className="inline" title="Room-air layers: the temperature slice and the rack intake faces (Results tab: where and what)">
            <input type="checkbox" data-testid="package-air" checked={air.shown} onChange={(e) => view.set({ air: { ...air, shown: e.target.checked } })} /> Heatmap
          </label>
        )}
      </div>
      <div className="group">
        <label className="inline">
          Colour
          <select data-testid="color-by" value={colorBy} onChange={(e) => view.set({ colorBy: e.target.value as RackColorBy })}>
            {COLOURS.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
          </select>
        </label>
      </div>
    </header>
  );
}

function PackageStatus({ data }: { data: PackageData }) {
  const count = useDocumentState((s) => s.selection.length);
  const pick = useViewState((s) => s.floorPickLabel);
  const air = data.air ? (data.air.ok ? `room air (${data.airMode ?? 'fast'})` : 'room air failed') : 'no room-air result';
  const loop = data.loop ? (data.loop.ok ? 'liquid loops' : 'liquid loops failed') : 'no liquid-loop result';
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="file" data-testid="file-name">{data.fileName}</span>
      <span>{count ? `${count} selected` : ''}</span>
      {pick && <span className="pick">{pick}</span>}
      <span className="message" data-testid="package-basis">
        Review package of {data.created.slice(0, 16).replace('T', ' ')} UTC · results embedded: {loop}, {air} · read-only
      </span>
    </footer>
  );
}
