// The Review tab of the right panel: viewpoints and the guided tour, comments, measure and aisle check,
// presentation and read-only mode.
import { ViewpointsSection } from './ViewpointsSection';
import { ReviewModeSection } from './ReviewModeSection';
import { MeasureSection } from './MeasureSection';
import { AnnotationsSection } from './AnnotationsSection';

export function ReviewPanel() {
  return (
    <div data-testid="review-panel">
      <ViewpointsSection />
      <AnnotationsSection />
      <MeasureSection />
      <ReviewModeSection />
    </div>
  );
}
