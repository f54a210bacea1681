import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/send';
import type { MessageType, ReplyError, RequestOf, ResponseOf } from '@/lib/messaging/protocol';

export type Loadable<T> = { state: 'loading' } | { state: 'done'; data: T } | { state: 'error'; error: ReplyError };

/** Asks the background when `request` changes (null: not yet) and exposes loading / done / error. */
export function useReply<K extends MessageType>(type: K, request: RequestOf<K> | null) {
  const [result, setResult] = useState<Loadable<ResponseOf<K>>>({ state: 'loading' });
  const requestKey = JSON.stringify(request);
  const reload = useCallback(async () => {
    if (request === null) return;
    setResult({ state: 'loading' });
    const reply = await send(type, request);
    setResult(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type, requestKey]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return [result, reload, setResult] as const;
}
