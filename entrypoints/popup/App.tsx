import { useLayoutEffect, useState } from 'preact/hooks';
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

type OpeningReply = Awaited<ReturnType<typeof startOpening>>;

const stateOf = (reply: OpeningReply): OpeningState =>
  reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error };

/** `painted`: what the first render shows when it is already known (main.tsx waits briefly for it). */
export function App({ painted }: { painted: OpeningReply | null }) {
  const [opening, setOpening] = useState<OpeningState>(() => (painted ? stateOf(painted) : { state: 'loading' }));
  // A layout effect: an ordinary one waits for a frame, and a popup the browser has not shown yet gets none.
  useLayoutEffect(() => {
    // Painted from the cached copy when there is one; the worker's answer (the page read, the key) follows.
    void (painted ? Promise.resolve(painted) : firstOpening(location.search)).then((first) => {
      if (first !== painted) setOpening(stateOf(first));
      void startOpening(location.search).then((full) => {
        if (full !== first && full.ok) setOpening(stateOf(full));
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
