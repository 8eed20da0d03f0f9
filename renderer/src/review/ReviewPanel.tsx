// The Review tab of the right panel: viewpoints and the guided tour (more sections join here: measure,
// aisle check, annotations).
import { ViewpointsSection } from './ViewpointsSection';
import { ReviewModeSection } from './ReviewModeSection';
import { MeasureSection } from './MeasureSection';

export function ReviewPanel() {
  return (
    <div data-testid="review-panel">
      <ViewpointsSection />
      <MeasureSection />
      <ReviewModeSection />
    </div>
  );
}
