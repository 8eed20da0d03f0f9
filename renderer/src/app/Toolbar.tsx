// Top toolbar: file, edit and view commands, add-from-library, rack colouring, units.
import { useEffect, useState } from 'react';
import type { Command, CommandContext } from './commands';
import type { Platform } from '../platform';
import type { ProjectFiles } from '../document/project-files';
import { useDocumentState } from '../document/context';
import { useViewState } from './view-store';
import type { RackColorBy } from './view-store';
import { AddFromLibrary } from '../panels/AddFromLibrary';
import { SAMPLES } from './samples';
import { startPresentation } from '../review/presentation';
import { fitIsWalkStand } from '../review/walk-fit';

export function Toolbar({ commands, ctx, platform, files }: { commands: Command[]; ctx: CommandContext; platform: Platform; files: ProjectFiles }) {
  const byId = (id: string) => commands.find((c) => c.id === id)!;
  const canUndo = useDocumentState((s) => s.canUndo);
  const canRedo = useDocumentState((s) => s.canRedo);
  const undoLabel = useDocumentState((s) => s.undoLabel);
  const redoLabel = useDocumentState((s) => s.redoLabel);
  const hasSelection = useDocumentState((s) => s.selection.length > 0);
  const unitSystem = useDocumentState((s) => s.doc.unitSystem);
  const camera = useViewState((s) => s.camera);
  const colorBy = useViewState((s) => s.colorBy);
  const [recent, setRecent] = useState<{ path: string; name: string }[]>([]);
  useEffect(() => {
    void platform.recentFiles().then(setRecent, () => setRecent([]));
  }, [platform, ctx]);

  const btn = (id: string, text?: string, disabled = false, label?: string) => {
    const c = byId(id);
    const l = label ?? c.label;
    return (
      <button type="button" data-testid={`cmd-${id}`} title={c.shortcut ? `${l} (${c.shortcut})` : l} disabled={disabled}
        onClick={() => void c.run(ctx)}>
        {text ?? c.label}
      </button>
    );
  };

  return (
    <header className="toolbar">
      <span className="brand">Hallflow</span>
      <div className="group">
        {btn('new', 'New')}
        {btn('open', 'Open')}
        <select aria-label="Open recent or sample" value="" onChange={(e) => {
          const v = e.target.value;
          if (v.startsWith('sample:')) {
            const s = SAMPLES.find((x) => x.key === v.slice(7));
            if (s) void files.openSample(s.key, s.text);
          } else if (v) void files.openRecent(v);
        }}>
          <option value="">Recent / samples…</option>
          {recent.length > 0 && <optgroup label="Recent">{recent.map((r) => <option key={r.path} value={r.path}>{r.name}</option>)}</optgroup>}
          <optgroup label="Samples">{SAMPLES.map((s) => <option key={s.key} value={`sample:${s.key}`}>{s.title}</option>)}</optgroup>
        </select>
        {btn('save', 'Save')}
        {btn('saveAs', 'Save as')}
        {btn('importCsv', 'Import CSV')}
      </div>
      <div className="group">
        <button type="button" data-testid="cmd-undo" title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'} disabled={!canUndo} onClick={() => void byId('undo').run(ctx)}>Undo</button>
        <button type="button" data-testid="cmd-redo" title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'} disabled={!canRedo} onClick={() => void byId('redo').run(ctx)}>Redo</button>
        {btn('duplicate', 'Duplicate', !hasSelection)}
        {btn('rotate', 'Rotate', !hasSelection)}
        {btn('delete', 'Delete', !hasSelection)}
      </div>
      <div className="group">
        {btn('arrayTool', 'Add row')}
        <AddFromLibrary />
      </div>
      <div className="group">
        <div className="segmented" role="group" aria-label="Camera">
          <button type="button" data-testid="cmd-viewOrbit" className={camera === 'orbit' ? 'on' : ''} onClick={() => void byId('viewOrbit').run(ctx)}>3D</button>
          <button type="button" data-testid="cmd-viewPlan" className={camera === 'plan' ? 'on' : ''} onClick={() => void byId('viewPlan').run(ctx)}>Plan</button>
          <button type="button" data-testid="cmd-viewWalk" title="Walk through the hall at eye height (W A S D)" className={camera === 'walk' ? 'on' : ''} onClick={() => ctx.view.set({ camera: 'walk' })}>Walk</button>
        </div>
        {btn('fit', 'Fit', false, fitIsWalkStand(camera, hasSelection) ? 'Stand in front of the selection' : camera === 'walk' ? 'Back to the start view' : undefined)}
        <button type="button" data-testid="cmd-present" title="Present full screen: editing hidden, arrow keys step through viewpoints, Esc leaves" onClick={() => startPresentation(ctx.view.review)}>Present</button>
        <label className="inline">
          Colour
          <select data-testid="color-by" value={colorBy} onChange={(e) => ctx.view.set({ colorBy: e.target.value as RackColorBy })}>
            <option value="cooling">Cooling type</option>
            <option value="itLoad">IT load</option>
            <option value="airHeat">Heat to air</option>
            <option value="liquidHeat">Heat to liquid</option>
            <option value="returnTemp">Return T (loop)</option>
            <option value="flowShare">Flow share (loop)</option>
            <option value="verdict">Verdict</option>
          </select>
        </label>
        <div className="segmented" role="group" aria-label="Units">
          <button type="button" data-testid="units-SI" className={unitSystem === 'SI' ? 'on' : ''} onClick={() => unitSystem !== 'SI' && void byId('toggleUnits').run(ctx)}>SI</button>
          <button type="button" data-testid="units-IP" className={unitSystem === 'IP' ? 'on' : ''} onClick={() => unitSystem !== 'IP' && void byId('toggleUnits').run(ctx)}>IP</button>
        </div>
      </div>
    </header>
  );
}
