import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ListPicker, type PickableList } from '@/components/ListPicker';
import { readAllLists } from './all-lists';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import type { OutboxItem } from '@/lib/outbox/types';
import { defaultListId, lastUsedListId } from '@/lib/settings';
import './list-choice.css';

export type { LeadDraft } from '@/lib/outbox/types';

// One leads-list choice shared by every "Save as lead" button of a page, and one watch on the outbox so a
// pending save turns into "Saved" while the page is open.

/** The outbox lives in the background's IndexedDB, which fires no storage events: it is polled, and only
 * while something waits. Each poll is also the background's cue to deliver what is due. */
const OUTBOX_POLL_MS = 1_500;

export interface ListChoice {
  /** Null while loading. */
  lists: PickableList[] | null;
  error: ReplyError | null;
  listId: number | null;
  choose(id: number | null): void;
  addList(list: PickableList): void;
  listName(id: number | null): string | null;
  outbox: OutboxItem[];
  /** Reads the outbox now and keeps watching while anything waits. */
  refreshOutbox(): Promise<void>;
}

const ListChoiceContext = createContext<ListChoice | null>(null);

/** True inside a ListChoiceProvider set up by the page (so the page shows the picker itself). */
export function useHasListChoice(): boolean {
  return useContext(ListChoiceContext) !== null;
}

export function useListChoice(): ListChoice {
  const choice = useContext(ListChoiceContext);
  if (!choice) throw new Error('useListChoice needs a ListChoiceProvider above it');
  return choice;
}

function pickStart(lists: PickableList[], lastUsed: number | null, fallback: number | null): number | null {
  const known = (id: number | null) => id !== null && lists.some((list) => list.id === id);
  if (known(lastUsed)) return lastUsed;
  if (known(fallback)) return fallback;
  return lists[0]?.id ?? null;
}

/** Provides the choice; nested inside another provider it adds nothing, so panels can wrap themselves. */
export function ListChoiceProvider({ children }: { children: ComponentChildren }) {
  const outer = useContext(ListChoiceContext);
  if (outer) return <>{children}</>;
  return <OwnListChoice>{children}</OwnListChoice>;
}

function OwnListChoice({ children }: { children: ComponentChildren }) {
  const [lists, setLists] = useState<PickableList[] | null>(null);
  const [error, setError] = useState<ReplyError | null>(null);
  const [listId, setListId] = useState<number | null>(null);
  const [outbox, setOutbox] = useState<OutboxItem[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      const [reply, lastUsed, fallback] = await Promise.all([readAllLists(), lastUsedListId.getValue(), defaultListId.getValue()]);
      if (!reply.ok) return setError(reply.error);
      const found = reply.data;
      setLists(found);
      setListId(pickStart(found, lastUsed, fallback));
    })();
  }, []);

  const refreshOutbox = useCallback(async () => {
    clearTimeout(timer.current);
    const reply = await send('outboxList', null);
    if (!reply.ok) return;
    setOutbox(reply.data);
    if (reply.data.some((item) => item.state === 'pending')) {
      timer.current = setTimeout(() => void refreshOutbox(), OUTBOX_POLL_MS);
    }
  }, []);

  useEffect(() => {
    void refreshOutbox();
    return () => clearTimeout(timer.current);
  }, [refreshOutbox]);

  const value = useMemo<ListChoice>(
    () => ({
      lists,
      error,
      listId,
      choose(id) {
        setListId(id);
        void lastUsedListId.setValue(id);
      },
      addList(list) {
        setLists((current) => [list, ...(current ?? [])]);
      },
      listName: (id) => lists?.find((list) => list.id === id)?.name ?? null,
      outbox,
      refreshOutbox,
    }),
    [lists, error, listId, outbox, refreshOutbox],
  );
  return <ListChoiceContext.Provider value={value}>{children}</ListChoiceContext.Provider>;
}

/** The "Leads list" combobox, with "New list…" inline. */
export function LeadsListPicker() {
  const choice = useListChoice();
  if (choice.error) return <ErrorMessage error={choice.error} />;
  if (choice.lists === null) {
    return (
      <div class="leads-list-picker-loading" role="status">
        <span class="skeleton">{t('saveLead_listsLoading')}</span>
      </div>
    );
  }
  return (
    <div class="leads-list-picker">
      <ListPicker
        label={t('saveLead_listLabel')}
        lists={choice.lists}
        value={choice.listId}
        onChange={choice.choose}
        onCreated={(list) => {
          choice.addList(list);
          choice.choose(list.id);
        }}
      />
    </div>
  );
}
