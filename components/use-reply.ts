import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/send';
import type { MessageType, ReplyError, RequestOf, ResponseOf } from '@/lib/messaging/protocol';

export type Loadable<T> = { state: 'loading' } | { state: 'done'; data: T } | { state: 'error'; error: ReplyError };

/** Asks the background, again whenever `request` changes, and exposes loading / done / error. */
export function useReply<K extends MessageType>(type: K, request: RequestOf<K>) {
  const [result, setResult] = useState<Loadable<ResponseOf<K>>>({ state: 'loading' });
  // Compared by value: a request object rebuilt on every render is still the same question.
  const requestKey = JSON.stringify(request);
  const reload = useCallback(async () => {
    setResult({ state: 'loading' });
    const reply = await send(type, JSON.parse(requestKey) as RequestOf<K>);
    setResult(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error });
  }, [type, requestKey]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return [result, reload, setResult] as const;
}
