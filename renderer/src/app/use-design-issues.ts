// Design issues of the open document (out of hall, overlaps, unknown templates…), recomputed when the
// document changes but not during a drag (the drag's end recomputes them once).
import { useMemo, useRef } from 'react';
import { designIssues, type DesignIssue } from '../../../workers/model/validate';
import type { HallDocument } from '../../../workers/model/schema';
import { useDocumentState } from '../document/context';

export function useDesignIssues(): readonly DesignIssue[] {
  const doc = useDocumentState((s) => s.settledDoc);
  const transacting = useDocumentState((s) => s.transacting);
  const last = useRef<{ doc: HallDocument; issues: readonly DesignIssue[] } | null>(null);
  return useMemo(() => {
    if (transacting && last.current) return last.current.issues;
    const issues = designIssues(doc);
    last.current = { doc, issues };
    return issues;
  }, [doc, transacting]);
}
