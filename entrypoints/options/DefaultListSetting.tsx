import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ListPicker, type PickableList } from '@/components/ListPicker';
import { readAllLists } from '@/components/leads/all-lists';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { defaultListId, lastUsedListId } from '@/lib/settings';
import { LeadsManagerLink } from './LeadsManagerLink';

export function DefaultListSetting() {
  const [lists, setLists] = useState<PickableList[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<ReplyError | null>(null);

  useEffect(() => {
    void (async () => {
      const [reply, saved] = await Promise.all([readAllLists(), defaultListId.getValue()]);
      setSelected(saved);
      if (reply.ok) setLists(reply.data);
      else setError(reply.error);
    })();
  }, []);

  async function choose(id: number | null) {
    setSelected(id);
    // A new default wins over the list last used in the popup, which otherwise is remembered.
    await Promise.all([defaultListId.setValue(id), lastUsedListId.setValue(null)]);
  }

  return (
    <section class="card" aria-labelledby="default-list-heading">
      <h2 id="default-list-heading">{t('options_leadsHeading')}</h2>
      <p class="muted">{t('options_defaultListHelp')}</p>
      {error && error.kind !== 'no_key' && <ErrorMessage error={error} />}
      {error?.kind === 'no_key' && <p class="muted">{t('options_defaultListNeedsKey')}</p>}
      {lists === null && !error && <p class="muted" role="status">{t('common_loading')}</p>}
      {lists !== null && (
        <ListPicker
          label={t('options_defaultList')}
          lists={lists}
          value={selected}
          emptyChoice={t('options_noDefaultList')}
          onChange={(id) => void choose(id)}
          onCreated={(list) => {
            setLists([list, ...lists]);
            void choose(list.id);
          }}
        />
      )}
      <LeadsManagerLink />
    </section>
  );
}
