// A data table too wide for a phone scrolls sideways inside its own region instead of the page (WCAG 1.4.10 Reflow
// allows it for data tables). The region is named by the table's caption and focusable, so it scrolls by keyboard.
import type { ReactNode } from 'react';

export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className="table-scroll">
      {children}
    </div>
  );
}
