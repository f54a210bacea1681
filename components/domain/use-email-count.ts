import { useEffect, useRef, useState } from 'preact/hooks';
import type { EmailCountData } from '@/lib/hunter';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { prefetched, prefetchedNow } from '@/lib/site/opening';

export type CountState = { state: 'loading' } | { state: 'done'; data: EmailCountData } | { state: 'error'; error: ReplyError };

/** The free email-count of a domain (no credit, no key), asked again without the cache on "Refresh". */
export function useEmailCount(domain: string, refreshNonce: number): CountState {
  // The opening's answer, when it is already here, is in the first render: no effect, no frame to wait for.
  const [initial] = useState(() => prefetchedNow('count', domain));
  const [count, setCount] = useState<CountState>(() => (initial ? countState(initial) : { state: 'loading' }));
  const seenNonce = useRef(refreshNonce);
  const answeredAlready = useRef(initial !== null);
  useEffect(() => {
    if (answeredAlready.current) {
      answeredAlready.current = false;
      return;
    }
    let current = true;
    const refresh = seenNonce.current !== refreshNonce;
    seenNonce.current = refreshNonce;
    setCount({ state: 'loading' });
    const asked = (!refresh && prefetched('count', domain)) || send('emailCount', { domain, ...(refresh ? { refresh } : {}) });
    void asked.then((reply) => {
      if (current) setCount(countState(reply));
    });
    return () => {
      current = false;
    };
  }, [domain, refreshNonce]);
  return count;
}

function countState(reply: NonNullable<ReturnType<typeof prefetchedNow<'count'>>>): CountState {
  return reply.ok ? { state: 'done', data: reply.data.value.data } : { state: 'error', error: reply.error };
}
