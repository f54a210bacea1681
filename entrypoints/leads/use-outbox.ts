import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OutboxItem } from '@/lib/outbox/types';
import { send } from '@/lib/messaging/send';

/** Lead edits and deletes waiting in the shared outbox (offline, 5xx, rate limit), by lead id. */
export function pendingLeadIds(items: readonly OutboxItem[]): Set<number> {
  const ids = new Set<number>();
  for (const item of items) {
    if (item.state !== 'pending') continue;
    if (item.operation.kind === 'updateLead' || item.operation.kind === 'deleteLead') ids.add(item.operation.id);
  }
  return ids;
}

export function useOutbox() {
  const [pending, setPending] = useState<ReadonlySet<number>>(new Set());
  const apply = (items: OutboxItem[]) => setPending(pendingLeadIds(items));
  const reload = useCallback(async () => {
    const reply = await send('outboxList', null);
    if (reply.ok) apply(reply.data);
  }, []);
  const deliver = useCallback(async () => {
    const reply = await send('outboxDeliver', null);
    if (reply.ok) apply(reply.data);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { pending, reload, deliver };
}
