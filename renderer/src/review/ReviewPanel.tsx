// The Review tab of the right panel: viewpoints and the guided tour, comments, measure and aisle check,
// presentation and read-only mode. `packaged`: inside a review package (no read-only switch, no export).
import { ViewpointsSection } from './ViewpointsSection';
import { ReviewModeSection } from './ReviewModeSection';
import { MeasureSection } from './MeasureSection';
import { AnnotationsSection } from './AnnotationsSection';

export function ReviewPanel({ packaged = false }: { packaged?: boolean }) {
  return (
    <div data-testid="review-panel">
      <ViewpointsSection />
      <AnnotationsSection />
      <MeasureSection />
      <ReviewModeSection packaged={packaged} />
    </div>
  );
}
