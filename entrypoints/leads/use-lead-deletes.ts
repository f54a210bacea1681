import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';

/** How long "Undo" is offered before the DELETE is really sent. */
export const UNDO_WINDOW_MS = 5000;

export interface PendingDelete {
  id: number;
  label: string;
  /** The outbox item holding the delete until its undo window ends. */
  outboxId: string;
}

/**
 * "Delete" with an undo: the delete is written to the outbox at once with a not-before time, so it is sent
 * when the window ends even if this page (or the browser) is closed meanwhile; Undo takes the item back.
 * `onWindowEnd` runs when a line leaves the undo bar (sent, or on its way).
 */
export function useLeadDeletes(onWindowEnd: (id: number) => void, onError: (error: ReplyError) => void) {
  const [pending, setPending] = useState<PendingDelete[]>([]);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const callbacks = useRef({ onWindowEnd, onError });
  callbacks.current = { onWindowEnd, onError };
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const drop = (id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setPending((all) => all.filter((item) => item.id !== id));
  };

  return {
    pending,
    async remove({ id, label }: { id: number; label: string }) {
      if (timers.current.has(id)) return;
      const reply = await send('leadDelete', { id, undoMs: UNDO_WINDOW_MS });
      if (!reply.ok) return callbacks.current.onError(reply.error);
      if (reply.data.state !== 'queued') return callbacks.current.onWindowEnd(id);
      const outboxId = reply.data.outboxId;
      setPending((all) => [...all.filter((other) => other.id !== id), { id, label, outboxId }]);
      timers.current.set(
        id,
        setTimeout(() => {
          drop(id);
          callbacks.current.onWindowEnd(id);
        }, UNDO_WINDOW_MS),
      );
    },
    async undo(id: number) {
      const item = pending.find((entry) => entry.id === id);
      if (!item) return;
      const reply = await send('outboxCancel', { id: item.outboxId });
      // Too late (already on its way): the line stays until the window ends and the list shows the truth.
      if (reply.ok && reply.data.cancelled) drop(id);
    },
  };
}
