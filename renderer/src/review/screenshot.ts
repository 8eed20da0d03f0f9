// "Screenshot this view": the 3D canvas as PNG bytes (review store capture, the canvas keeps its drawing
// buffer) saved through the platform (Electron save dialog, or a browser download).
import type { Platform } from '../platform';
import type { ReviewStore } from './review-store';

export function screenshotName(fileName: string, view: string, now = new Date()): string {
  const base = fileName.replace(/\.hallflow\.json$|\.json$/i, '') || 'hall';
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const safe = `${base} ${view}`.trim().replace(/[^\w.-]+/g, '-').replace(/-+/g, '-');
  return `${safe}-${stamp}.png`;
}

export async function saveScreenshot(review: ReviewStore, platform: Platform, name: string): Promise<string> {
  const bytes = await review.capture?.();
  if (!bytes) return 'Screenshot failed: the 3D view is not ready';
  const r = await platform.exportFile(name, bytes, 'image/png');
  if (!r) return 'Screenshot cancelled';
  return r.ok ? `Screenshot saved: ${r.value}` : `Screenshot failed: ${r.error}`;
}
