// The Review tab of the right panel: viewpoints and the guided tour (more sections join here: measure,
// aisle check, annotations).
import { ViewpointsSection } from './ViewpointsSection';
import { ReviewModeSection } from './ReviewModeSection';

export function ReviewPanel() {
  return (
    <div data-testid="review-panel">
      <ViewpointsSection />
      <ReviewModeSection />
    </div>
  );
}
