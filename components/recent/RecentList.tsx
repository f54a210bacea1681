import { ErrorMessage } from '@/components/ErrorMessage';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Loadable } from '@/components/use-reply';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { CardView, RecentEntry } from '@/lib/recent/types';
import { MenuAnswer } from './MenuAnswer';
import { RecentItem } from './RecentItem';
import './recent.css';

/**
 * The popup's "Recent": the last answers of the right-click menu, newest first. When the popup was opened to show
 * a menu answer that needs more (a one-word name) or failed, that comes first.
 */
export function RecentList({ menuAnswer }: { menuAnswer: CardView | null }) {
  const [entries, setEntries] = useState<Loadable<RecentEntry[]>>({ state: 'loading' });
  const reload = useCallback(async () => {
    const reply = await send('recentList', null);
    setEntries(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error });
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const pending = menuAnswer && menuAnswer.state !== 'answer' ? menuAnswer : null;

  async function clear() {
    await send('recentClear', null);
    await reload();
  }

  return (
    <section class="recent stack" aria-label={t('recent_heading')}>
      {pending && (
        <div class="card">
          <MenuAnswer view={pending} listPicker={false} onFound={() => void reload()} />
        </div>
      )}
      {entries.state === 'loading' && (
        <div class="recent-skeleton" role="status" aria-label={t('recent_loading')}>
          <span class="skeleton">{t('recent_loading')}</span>
        </div>
      )}
      {entries.state === 'error' && <ErrorMessage error={entries.error} />}
      {entries.state === 'done' && entries.data.length === 0 && <p class="muted recent-empty">{t('recent_empty')}</p>}
      {entries.state === 'done' && entries.data.length > 0 && (
        <>
          <div class="row recent-tools">
            <button type="button" onClick={() => void clear()}>{t('recent_clear')}</button>
          </div>
          <ol class="recent-list stack" aria-label={t('recent_listLabel')}>
            {entries.data.map((entry) => <RecentItem key={entry.id} entry={entry} />)}
          </ol>
        </>
      )}
    </section>
  );
}
