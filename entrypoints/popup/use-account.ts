import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountData } from '@/lib/hunter';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';

export type AccountState = { state: 'loading' } | { state: 'done'; data: AccountData } | { state: 'error'; error: ReplyError };

/** The account (free, kept a minute by the background), asked again without the cache on "Refresh". */
export function useAccount(refreshNonce: number): AccountState {
  const [account, setAccount] = useState<AccountState>({ state: 'loading' });
  const seenNonce = useRef(refreshNonce);
  useEffect(() => {
    let current = true;
    const refresh = seenNonce.current !== refreshNonce;
    seenNonce.current = refreshNonce;
    void send('account', refresh ? { refresh } : {}).then((reply) => {
      if (current) setAccount(reply.ok ? { state: 'done', data: reply.data.value.data } : { state: 'error', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [refreshNonce]);
  return account;
}
