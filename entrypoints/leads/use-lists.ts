import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Loadable } from '@/components/use-reply';
import type { LeadsListSummary } from '@/lib/hunter';
import { fetchAllPages } from '@/lib/leads/fetch-all-pages';
import { send } from '@/lib/messaging/send';
import type { ReplyError } from '@/lib/messaging/protocol';

class ReplyFailure {
  constructor(readonly error: ReplyError) {}
}

/** Every leads list of the account (all pages), newest first, with a reload for after each change. */
export function useLists() {
  const [lists, setLists] = useState<Loadable<LeadsListSummary[]>>({ state: 'loading' });
  const reload = useCallback(async () => {
    try {
      const all = await fetchAllPages(
        async (offset, limit) => {
          const reply = await send('listsList', { offset, limit });
          if (!reply.ok) throw new ReplyFailure(reply.error);
          return { items: reply.data.data.leads_lists, total: reply.data.meta.total };
        },
        () => {},
      );
      setLists({ state: 'done', data: all });
    } catch (failure) {
      if (failure instanceof ReplyFailure) setLists({ state: 'error', error: failure.error });
      else throw failure;
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return [lists, reload] as const;
}
