import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createDeferredDeletes } from '@/lib/leads/deferred-deletes';
import type { Reply, ResponseOf } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';

/** How long "Undo" is offered before the DELETE is really sent. */
export const UNDO_WINDOW_MS = 5000;

export interface PendingDelete {
  id: number;
  label: string;
}

type DeleteReply = Reply<ResponseOf<'leadDelete'>>;

/** Leads deleted by the user but still undoable; the DELETE goes out when the window ends or the page closes. */
export function useLeadDeletes(onSent: (id: number, reply: DeleteReply) => void) {
  const [pending, setPending] = useState<PendingDelete[]>([]);
  const onSentRef = useRef(onSent);
  onSentRef.current = onSent;
  const deletes = useMemo(
    () =>
      createDeferredDeletes(UNDO_WINDOW_MS, (id) => {
        void send('leadDelete', { id }).then((reply) => {
          setPending((all) => all.filter((item) => item.id !== id));
          onSentRef.current(id, reply);
        });
      }),
    [],
  );
  useEffect(() => {
    // Closing the tab must not turn a delete into a silent "never happened".
    const flush = () => deletes.flush();
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, [deletes]);
  return {
    pending,
    remove(item: PendingDelete) {
      deletes.schedule(item.id);
      setPending((all) => [...all.filter((other) => other.id !== item.id), item]);
    },
    undo(id: number) {
      if (deletes.undo(id)) setPending((all) => all.filter((item) => item.id !== id));
    },
  };
}
