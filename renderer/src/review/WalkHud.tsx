// Heads-up controls of the walkthrough (shown in walk mode over the 3D view): speed (slow / normal /
// fast; Shift runs), a reminder of the keys (F: stand in front of the selection), and the way back to the
// orbit view.
import { useViewState, useViewStore } from '../app/view-store';
import { useReviewState } from './review-store';
import { useReview } from './use-review';
import type { WalkSpeed } from './walker';

const SPEEDS: WalkSpeed[] = ['slow', 'normal', 'fast'];

export function WalkHud() {
  const view = useViewStore();
  const review = useReview();
  const walking = useViewState((s) => s.camera === 'walk');
  const speed = useReviewState(review, (s) => s.walkSpeed);
  if (!walking) return null;
  return (
    <div className="walk-hud" data-testid="walk-hud">
      <div className="segmented" role="group" aria-label="Walk speed">
        {SPEEDS.map((s) => (
          <button key={s} type="button" data-testid={`walk-speed-${s}`} className={speed === s ? 'on' : ''} onClick={() => review.set({ walkSpeed: s })}>
            {s[0].toUpperCase() + s.slice(1)}
          </button>
        ))}
      </div>
      <span className="muted">W A S D / arrows move · Shift runs · drag or double-click to look · F stands you in front of the selection</span>
      <button type="button" onClick={() => view.set({ camera: 'orbit' })}>Leave walk</button>
    </div>
  );
}
