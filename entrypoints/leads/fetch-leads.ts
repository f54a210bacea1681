import type { Lead } from '@/lib/hunter';
import { fetchAllPages } from '@/lib/leads/fetch-all-pages';
import { MAX_PAGE_SIZE, viewToQuery, type LeadsView } from '@/lib/leads/filters';
import { emailKey } from '@/lib/leads/import-plan';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';

export class LeadsFetchFailed extends Error {
  constructor(readonly error: ReplyError) {
    super(error.message);
  }
}

/** Every lead of a view (list + filters), 100 a page, for export and duplicate checks. */
export function fetchEveryLead(
  view: Pick<LeadsView, 'listId' | 'filters'>,
  onProgress: (done: number, total: number) => void,
): Promise<Lead[]> {
  return fetchAllPages(
    async (offset, limit) => {
      const reply = await send('leadsList', viewToQuery({ ...view, offset, limit }));
      if (!reply.ok) throw new LeadsFetchFailed(reply.error);
      return { items: reply.data.data.leads, total: reply.data.meta.total };
    },
    onProgress,
    MAX_PAGE_SIZE,
  );
}

/** The addresses already in a list, lower-cased, to skip duplicates before creating anything. */
export async function emailsInList(listId: number, onProgress: (done: number, total: number) => void): Promise<Set<string>> {
  const leads = await fetchEveryLead({ listId, filters: {} }, onProgress);
  return new Set(leads.map((lead) => emailKey(lead.email)).filter((key): key is string => key !== null));
}
