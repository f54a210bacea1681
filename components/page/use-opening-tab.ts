import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupView } from '@/lib/recent/types';
import type { PageSummary } from './use-page-context';

/**
 * The popup's open tab: "Recent" when it was opened to show a menu answer, "Find" when the page is about a
 * person, else the first. Decided once the page is read (at once when the opening read it, so the first tab drawn
 * is the one shown), unless the user has already picked a tab.
 */
export function useOpeningTab(first: string, page: PageSummary | null, view: PopupView | null) {
  const [active, setActive] = useState(() => (page?.person ? 'finder' : first));
  const picked = useRef(false);
  useEffect(() => {
    if (picked.current) return;
    if (view?.view === 'recent') setActive('recent');
    else if (page?.person) setActive('finder');
  }, [page, view]);
  const choose = (id: string) => {
    picked.current = true;
    setActive(id);
  };
  return [active, choose] as const;
}
