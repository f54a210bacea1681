import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OutboxItem } from '@/lib/outbox/types';
import { send } from '@/lib/messaging/send';

/** The outbox lives in the background's IndexedDB, which fires no events here: polled while something waits. */
const POLL_MS = 1_500;

/** Lead edits and deletes waiting in the shared outbox (offline, 5xx, rate limit, undo window), by lead id. */
export function pendingLeadIds(items: readonly OutboxItem[], now = Date.now()): Set<number> {
  const ids = new Set<number>();
  for (const item of items) {
    // A delete still in its undo window is shown by the undo bar, not as "waiting for the connection".
    if (item.state !== 'pending' || item.notBefore > now) continue;
    if (item.operation.kind === 'updateLead' || item.operation.kind === 'deleteLead') ids.add(item.operation.id);
  }
  return ids;
}

/** Writes of any kind (leads, lists, imported rows) waiting to be sent; a delete in its undo window is not "waiting". */
export function waitingCount(items: readonly OutboxItem[], now = Date.now()): number {
  return items.filter((item) => item.state === 'pending' && item.notBefore <= now).length;
}

/** The outbox as the leads manager shows it; `onSettled` runs when waiting items were sent or gave up. */
export function useOutbox(onSettled: () => void) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waiting = useRef(0);
  const settled = useRef(onSettled);
  settled.current = onSettled;

  const apply = useCallback((next: OutboxItem[]) => {
    clearTimeout(timer.current);
    setItems(next);
    const count = next.filter((item) => item.state === 'pending').length;
    if (count < waiting.current) settled.current();
    waiting.current = count;
    if (count > 0) timer.current = setTimeout(() => void reload(), POLL_MS);
  }, []);
  const reload = useCallback(async () => {
    const reply = await send('outboxList', null);
    if (reply.ok) apply(reply.data);
  }, [apply]);
  const run = useCallback(
    async (type: 'outboxDeliver' | 'outboxRetry' | 'outboxDismiss', id?: string) => {
      const reply = type === 'outboxDeliver' ? await send(type, null) : await send(type, { id: id! });
      if (reply.ok) apply(reply.data);
    },
    [apply],
  );
  useEffect(() => {
    void reload();
    return () => clearTimeout(timer.current);
  }, [reload]);
  return {
    items,
    pending: pendingLeadIds(items),
    waiting: waitingCount(items),
    reload,
    deliver: () => run('outboxDeliver'),
    retry: (id: string) => run('outboxRetry', id),
    dismiss: (id: string) => run('outboxDismiss', id),
  };
}
