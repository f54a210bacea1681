import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ListChoiceProvider } from '@/components/leads/list-choice';
import type { DomainResult } from '@/lib/domains';
import type { PopupOpening, ReplyError } from '@/lib/messaging/protocol';
import { firstOpening, startOpening } from '@/lib/site/opening';
import { NoKey } from './NoKey';
import { Popup } from './Popup';
import { PopupSkeleton } from './PopupSkeleton';

type OpeningState = { state: 'loading' } | { state: 'done'; data: PopupOpening } | { state: 'error'; error: ReplyError };

export type TabSite = { id: number | null; site: DomainResult } | null;

export function App() {
  const [opening, setOpening] = useState<OpeningState>({ state: 'loading' });
  useEffect(() => {
    const show = (reply: Awaited<ReturnType<typeof startOpening>>) =>
      setOpening(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error });
    // Painted from the cached copy when there is one; the worker's answer (the page read, the key) follows.
    void firstOpening(location.search).then((first) => {
      show(first);
      void startOpening(location.search).then((full) => {
        if (full !== first && full.ok) show(full);
      });
    });
  }, []);
  if (opening.state === 'loading') return <PopupSkeleton />;
  if (opening.state === 'error') return <main class="popup"><ErrorMessage error={opening.error} /></main>;
  if (!opening.data.keyStatus.hasKey) return <NoKey />;
  return (
    <ListChoiceProvider>
      <Popup tab={{ id: opening.data.tabId, site: opening.data.site }} page={opening.data.page} />
    </ListChoiceProvider>
  );
}
