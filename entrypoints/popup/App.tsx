import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ListChoiceProvider } from '@/components/leads/list-choice';
import { ResultsSkeleton } from '@/components/domain/ResultsSkeleton';
import type { DomainResult } from '@/lib/domains';
import type { KeyStatus, ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { siteOfUrl } from '@/lib/site/site-of-url';
import { readTargetTab } from '@/lib/site/target-tab';
import { NoKey } from './NoKey';
import { Popup } from './Popup';

type KeyState = { state: 'loading' } | { state: 'done'; data: KeyStatus } | { state: 'error'; error: ReplyError };

export function App() {
  const [keyStatus, setKeyStatus] = useState<KeyState>({ state: 'loading' });
  // Asked side by side with the key: the popup's first paint waits for the slower of the two, not their sum.
  const tab = useTabSite();
  useEffect(() => {
    void send('getKeyStatus', null).then((reply) =>
      setKeyStatus(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error }));
  }, []);
  if (keyStatus.state === 'loading') return <main class="popup"><ResultsSkeleton /></main>;
  if (keyStatus.state === 'error') return <main class="popup"><ErrorMessage error={keyStatus.error} /></main>;
  if (!keyStatus.data.hasKey) return <NoKey />;
  return (
    <ListChoiceProvider>
      <Popup tab={tab} />
    </ListChoiceProvider>
  );
}

export type TabSite = { id: number | null; site: DomainResult } | null;

/** The site of the target tab, once read: null while reading. */
function useTabSite(): TabSite {
  const [tab, setTab] = useState<TabSite>(null);
  useEffect(() => {
    void readTargetTab(location.search).then(async (target) => setTab({ id: target.id, site: await siteOfUrl(target.url) }));
  }, []);
  return tab;
}
