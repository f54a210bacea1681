import { useEffect, useState } from 'preact/hooks';
import type { FinderPrefill } from '@/components/finder/FinderPanel';
import { send } from '@/lib/messaging/send';
import type { PagePerson } from '@/lib/page-context/types';

/** What the popup uses of the page it was opened on: the person it is about, ready for the finder. */
export interface PageSummary {
  person: PagePerson | null;
  blocked: boolean;
  prefill: FinderPrefill | undefined;
  /** The person's company domain, when the page gives its website. */
  finderDomain: string | null;
}

/** Reads the tab's page once the popup knows the tab (on demand: only because the user opened the popup). */
export function usePageContext(tabId: number | null): PageSummary | null {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    void send('pageContext', { tabId }).then((reply) => {
      if (!reply.ok) return;
      const { person, blocked, domain } = reply.data;
      setSummary({
        person,
        blocked,
        prefill: person
          ? person.first && person.last
            ? { firstName: person.first, lastName: person.last, company: person.company }
            : { fullName: person.fullName, company: person.company }
          : undefined,
        finderDomain: person && domain.ok ? domain.domain : null,
      });
    });
  }, [tabId]);
  return summary;
}
