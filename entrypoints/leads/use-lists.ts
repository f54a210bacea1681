import { useCallback, useEffect, useState } from 'preact/hooks';
import { readAllLists } from '@/components/leads/all-lists';
import type { Loadable } from '@/components/use-reply';
import type { LeadsListSummary } from '@/lib/hunter';

/** Every leads list of the account (all pages), newest first, with a reload for after each change. */
export function useLists() {
  const [lists, setLists] = useState<Loadable<LeadsListSummary[]>>({ state: 'loading' });
  const reload = useCallback(async () => {
    const reply = await readAllLists();
    setLists(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error });
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return [lists, reload] as const;
}
