import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ListChoiceProvider } from '@/components/leads/list-choice';
import { ResultsSkeleton } from '@/components/domain/ResultsSkeleton';
import type { DomainResult } from '@/lib/domains';
import type { PopupOpening, ReplyError } from '@/lib/messaging/protocol';
import { startOpening } from '@/lib/site/opening';
import { NoKey } from './NoKey';
import { Popup } from './Popup';

type OpeningState = { state: 'loading' } | { state: 'done'; data: PopupOpening } | { state: 'error'; error: ReplyError };

export type TabSite = { id: number | null; site: DomainResult } | null;

export function App() {
  const [opening, setOpening] = useState<OpeningState>({ state: 'loading' });
  useEffect(() => {
    void startOpening(location.search).then((reply) =>
      setOpening(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error }));
  }, []);
  if (opening.state === 'loading') return <main class="popup"><ResultsSkeleton /></main>;
  if (opening.state === 'error') return <main class="popup"><ErrorMessage error={opening.error} /></main>;
  if (!opening.data.keyStatus.hasKey) return <NoKey />;
  return (
    <ListChoiceProvider>
      <Popup tab={{ id: opening.data.tabId, site: opening.data.site }} page={opening.data.page} />
    </ListChoiceProvider>
  );
}
