import { useEffect, useRef, useState } from 'preact/hooks';
import type { EmailCountData } from '@/lib/hunter';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { prefetched } from '@/lib/site/opening';

export type CountState = { state: 'loading' } | { state: 'done'; data: EmailCountData } | { state: 'error'; error: ReplyError };

/** The free email-count of a domain (no credit, no key), asked again without the cache on "Refresh". */
export function useEmailCount(domain: string, refreshNonce: number): CountState {
  const [count, setCount] = useState<CountState>({ state: 'loading' });
  const seenNonce = useRef(refreshNonce);
  useEffect(() => {
    let current = true;
    const refresh = seenNonce.current !== refreshNonce;
    seenNonce.current = refreshNonce;
    setCount({ state: 'loading' });
    const asked = (!refresh && prefetched('count', domain)) || send('emailCount', { domain, ...(refresh ? { refresh } : {}) });
    void asked.then((reply) => {
      if (current) setCount(reply.ok ? { state: 'done', data: reply.data.value.data } : { state: 'error', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [domain, refreshNonce]);
  return count;
}
