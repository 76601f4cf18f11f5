import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Focus for a form's error summary: call `focusSummary()` on each failed submit, and the summary gets
 * focus once React has rendered it. A timer or animation frame is not enough: after an await (a
 * server answer) React may commit later than it fires, and focus would land nowhere.
 */
export function useErrorSummaryFocus() {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  useEffect(() => {
    if (failedSubmits > 0) summaryRef.current?.focus();
  }, [failedSubmits]);
  const focusSummary = useCallback(() => setFailedSubmits((n) => n + 1), []);
  return { summaryRef, focusSummary };
}
