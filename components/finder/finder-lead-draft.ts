import { isSafeHttpUrl, type EmailFinderData } from '@/lib/hunter';
import type { LeadDraft } from '@/lib/outbox/types';
import type { FinderQuery } from './finder-input';

/** The finder's answer as a lead: the API's spelling of the name when it knows the person, links only http(s). */
export function leadDraftFromFinder(data: EmailFinderData, query: FinderQuery, company: string | null): LeadDraft {
  const source = data.sources.find((s) => isSafeHttpUrl(s.uri))?.uri ?? null;
  return {
    first_name: data.first_name || query.first,
    last_name: data.last_name || query.last,
    email: data.email,
    position: data.position ?? null,
    company: data.company || company || null,
    website: query.domain || data.domain ? `https://${query.domain ?? data.domain}` : null,
    confidence_score: data.score,
    source,
    linkedin_url: isSafeHttpUrl(data.linkedin_url) ? data.linkedin_url : null,
  };
}
