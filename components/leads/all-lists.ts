import type { LeadsListSummary } from '@/lib/hunter';
import { fetchAllPages } from '@/lib/leads/fetch-all-pages';
import type { Reply, ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';

class ReplyFailure {
  constructor(readonly error: ReplyError) {}
}

/**
 * Every leads list of the account, all pages of 100, newest first: a list past the first page (a default list,
 * the last one used) must be found like any other.
 */
export async function readAllLists(): Promise<Reply<LeadsListSummary[]>> {
  try {
    const all = await fetchAllPages(
      async (offset, limit) => {
        const reply = await send('listsList', { offset, limit });
        if (!reply.ok) throw new ReplyFailure(reply.error);
        return { items: reply.data.data.leads_lists, total: reply.data.meta.total };
      },
      () => {},
    );
    return { ok: true, data: all };
  } catch (failure) {
    if (failure instanceof ReplyFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
