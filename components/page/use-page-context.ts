import { useMemo } from 'preact/hooks';
import type { FinderPrefill } from '@/components/finder/FinderPanel';
import type { PagePerson } from '@/lib/page-context/types';
import type { PageContextReply } from '@/lib/recent/types';

/** What the popup uses of the page it was opened on: the person it is about, ready for the finder. */
export interface PageSummary {
  person: PagePerson | null;
  blocked: boolean;
  prefill: FinderPrefill | undefined;
  /** The person's company domain, when the page gives its website. */
  finderDomain: string | null;
}

function summaryOf({ person, blocked, domain }: PageContextReply): PageSummary {
  return {
    person,
    blocked,
    prefill: person
      ? person.first && person.last
        ? { firstName: person.first, lastName: person.last, company: person.company }
        : { fullName: person.fullName, company: person.company }
      : undefined,
    finderDomain: person && domain.ok ? domain.domain : null,
  };
}

/**
 * The tab's page as the popup's opening read it (before any paid call; only because the user opened the popup).
 * null until the worker's opening answers (a popup painted from its cached copy reads the page meanwhile).
 */
export function usePageContext(read: PageContextReply | null): PageSummary | null {
  return useMemo(() => (read ? summaryOf(read) : null), [read]);
}
