// The application shell: providers, layout (toolbar, outline, 3D scene, inspector and summary, status bar),
// commands wired to shortcuts and the native menu, autosave, and the app's dialogs.
import { useEffect, useMemo, useState } from 'react';
import type { Platform } from '../platform';
import { DocumentStore } from '../document/store';
import { DocumentStoreProvider } from '../document/context';
import { ProjectFiles, startAutosave, type LoadProblem } from '../document/project-files';
import { ViewStore, ViewStoreContext, useViewStore } from './view-store';
import { Clipboard, commandForShortcut, createCommands, shortcutOf, type CommandContext } from './commands';
import type { Boot } from './boot';
import { Toolbar } from './Toolbar';
import { StatusBar } from './StatusBar';
import { HallScene } from '../scene/HallScene';
import { Outline } from '../panels/Outline';
import { ProblemDialog, ConfirmDialog, RecoveryDialog, AboutDialog } from '../panels/dialogs';
import { ArrayToolDialog } from '../panels/ArrayTool';
import { CsvImportDialog } from '../panels/CsvImport';
import { EngineProvider, LoopAutoSolver } from '../solver/engine-context';
import { RightPanel } from './RightPanel';
import { useDesignIssues } from './use-design-issues';
import { installDebugHook } from './debug-hook';

type DialogName = 'csv' | 'array' | 'about' | null;

export function App({ platform, boot }: { platform: Platform; boot: Boot }) {
  const store = useMemo(() => new DocumentStore(boot.doc, null, boot.fileName), [boot]);
  const view = useMemo(() => new ViewStore(), []);
  const [problem, setProblem] = useState<LoadProblem | null>(null);
  const [confirm, setConfirm] = useState<{ text: string; resolve: (ok: boolean) => void } | null>(null);
  const [recovery, setRecovery] = useState(boot.recovery);
  const [dialog, setDialog] = useState<DialogName>(null);
  const [status, setStatus] = useState('Ready');

  const files = useMemo(
    () =>
      new ProjectFiles(store, platform, {
        problem: setProblem,
        status: setStatus,
        confirmDiscard: () => new Promise<boolean>((resolve) => setConfirm({ text: 'Discard unsaved changes?', resolve })),
      }),
    [store, platform],
  );
  const clipboard = useMemo(() => new Clipboard(), []);
  const commands = useMemo(() => createCommands(clipboard), [clipboard]);
  const ctx: CommandContext = useMemo(
    () => ({ store, view, files, openDialog: setDialog, status: setStatus }),
    [store, view, files],
  );

  const autosave = useMemo(() => startAutosave(store, platform), [store, platform]);
  useEffect(() => () => autosave.stop(), [autosave]);
  useEffect(() => installDebugHook({ store, view, files, autosave }), [store, view, files, autosave]);

  // Window title with the dirty mark.
  useEffect(() => {
    const update = () => {
      const s = store.getState();
      platform.setTitle(`${s.fileName} — Hallflow`, store.dirty);
    };
    update();
    return store.subscribe(update);
  }, [store, platform]);

  // Keyboard shortcuts (not while typing in a field).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      if (dialog || problem || confirm || recovery) return;
      const cmd = commandForShortcut(commands, shortcutOf(e));
      if (!cmd) return;
      e.preventDefault();
      void cmd.run(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands, ctx, dialog, problem, confirm, recovery]);

  // Native menu commands (Electron).
  useEffect(
    () =>
      platform.onMenuCommand((name) => {
        if (name.startsWith('openRecent:')) return void files.openRecent(name.slice('openRecent:'.length));
        const cmd = commands.find((c) => c.id === name);
        if (cmd) void cmd.run(ctx);
      }),
    [platform, commands, ctx, files],
  );

  // Warn before closing the browser tab with unsaved work (the recovery file also protects it).
  useEffect(() => {
    const onBefore = (e: BeforeUnloadEvent) => {
      if (store.dirty && platform.kind === 'browser') e.preventDefault();
    };
    window.addEventListener('beforeunload', onBefore);
    return () => window.removeEventListener('beforeunload', onBefore);
  }, [store, platform]);

  return (
    <DocumentStoreProvider store={store}>
      <ViewStoreContext.Provider value={view}>
        <EngineProvider>
          <IssueFlagger />
          <LoopAutoSolver />
          <div className="app">
            <Toolbar commands={commands} ctx={ctx} platform={platform} files={files} />
            <aside className="left">
              <Outline />
            </aside>
            <main className="viewport" data-testid="viewport">
              <HallScene />
            </main>
            <aside className="right">
              <RightPanel />
            </aside>
            <StatusBar status={status} />
          </div>
          {dialog === 'array' && <ArrayToolDialog onClose={() => setDialog(null)} />}
          {dialog === 'csv' && <CsvImportDialog onClose={() => setDialog(null)} onDone={setStatus} />}
          {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
          {problem && <ProblemDialog problem={problem} onClose={() => setProblem(null)} />}
          {confirm && (
            <ConfirmDialog
              text={confirm.text}
              onAnswer={(ok) => {
                confirm.resolve(ok);
                setConfirm(null);
              }}
            />
          )}
          {recovery && (
            <RecoveryDialog
              savedAt={recovery.savedAt}
              onRecover={() => {
                const name = recovery.sourcePath?.split(/[\\/]/).pop() ?? 'recovered.hallflow.json';
                files.openText({ name, path: recovery.sourcePath, text: recovery.text }, { dirty: true });
                setRecovery(null);
              }}
              onDiscard={() => {
                void platform.clearRecovery();
                setRecovery(null);
              }}
            />
          )}
        </EngineProvider>
      </ViewStoreContext.Provider>
    </DocumentStoreProvider>
  );
}

/** Keeps the view's flagged set in step with the document's design issues. */
function IssueFlagger() {
  const issues = useDesignIssues();
  const viewStore = useViewStore();
  useEffect(() => {
    viewStore.set({ flagged: new Set(issues.filter((i) => i.objectId).map((i) => i.objectId as string)) });
  }, [issues, viewStore]);
  return null;
}
