// Report tab, exports of the 3D view: the current view (whatever camera: orbit, plan or walk, with its
// heatmap and pipe layers) as PNG at 1× the canvas's pixel size or a multiple for print, and the hall as
// binary glTF (.glb: racks named by id in their current colours, equipment, walls, columns, pipes;
// metres, y up). Both are saved through the platform (save dialog in the desktop app, download in a
// browser). Captures and the glTF come from the scene's export bridge (scene/export-bridge.tsx).
import { useState } from 'react';
import { getPlatform } from '../../platform';
import { useSceneExport } from '../../scene/export-bridge';

const SCALES = [1, 2, 3] as const;
const LABEL: Record<number, string> = { 1: 'canvas', 2: 'print', 3: 'poster' };

export function ViewExports({ baseName, busy, run, say }: {
  baseName: string;
  busy: boolean;
  run: (label: string, job: () => Promise<void>) => Promise<void>;
  say: (text: string) => void;
}) {
  const scene = useSceneExport();
  const [scale, setScale] = useState<number>(2);
  const size = scene()?.size() ?? null;
  const allowed = SCALES.filter((s) => s === 1 || (size !== null && s <= size.maxScale));
  const chosen = allowed.includes(scale as 1) ? scale : 1;

  const save = async (name: string, bytes: Uint8Array, mime: string, what: string) => {
    const saved = await getPlatform().exportFile(name, bytes, mime);
    if (!saved) say(`${what} not saved (cancelled)`);
    else if (!saved.ok) say(`Saving failed: ${saved.error}`);
    else say(`Saved ${saved.value} (${(bytes.length / 1024).toFixed(0)} KiB)`);
  };
  const png = () => run('PNG', async () => {
    const s = scene();
    if (!s) { say('PNG failed: the 3D view is not shown'); return; }
    const shot = await s.png(chosen);
    if (!shot) { say('PNG failed: the 3D view gave no image'); return; }
    await save(`${baseName}-view-${shot.width}x${shot.height}.png`, shot.png, 'image/png', 'PNG');
  });
  const glb = () => run('glTF', async () => {
    const s = scene();
    if (!s) { say('glTF failed: the 3D view is not shown'); return; }
    const { bytes } = await s.glb();
    await save(`${baseName}.glb`, bytes, 'model/gltf-binary', 'glTF');
  });

  return (
    <div className="report-actions" data-testid="view-exports">
      3D view:
      <select aria-label="PNG resolution" data-testid="png-scale" value={chosen} onChange={(e) => setScale(Number(e.target.value))}>
        {allowed.map((s) => (
          <option key={s} value={s}>{s}× {LABEL[s]}{size ? ` (${Math.round(size.width * s)} × ${Math.round(size.height * s)} px)` : ''}</option>
        ))}
      </select>
      <button type="button" disabled={busy || size === null} onClick={png} data-testid="export-png">Export PNG</button>
      <button type="button" disabled={busy || size === null} onClick={glb} data-testid="export-gltf" title="Binary glTF: racks named by id in their current colours, equipment, walls, columns, pipes; metres, y up">Export glTF (.glb)</button>
    </div>
  );
}
