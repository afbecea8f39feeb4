import type { Ref } from 'react';

/** One error of a form: its words, and the id of the field it belongs to (a link to it) when there is one. */
export interface SummaryItem {
  key: string;
  text: string;
  fieldId?: string;
}

/**
 * The errors of a form at its top, each a link to its field (WCAG 3.3.1). The form moves focus here (ref) when it
 * shows them, so a screen reader reads them at once.
 */
export function ErrorSummary({ title, items, ref, headingLevel = 2 }: { title: string; items: SummaryItem[]; ref?: Ref<HTMLDivElement>; headingLevel?: 2 | 3 }) {
  if (items.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={ref}>
      <Heading>{title}</Heading>
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.fieldId ? <a href={`#${item.fieldId}`}>{item.text}</a> : item.text}</li>
        ))}
      </ul>
    </div>
  );
}
