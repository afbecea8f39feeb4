import { useEffect } from 'react';

/** Every page has its own title (WCAG 2.4.2), with the site name after it. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} – Medborgardialog, Karlskoga kommun`;
  }, [title]);
}
