import { useEffect, useRef, useState } from 'preact/hooks';
import type { DomainSearchEmail, EmailType } from '@/lib/hunter';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { PAGE_SIZE } from '@/lib/site/first-page';
import { prefetched } from '@/lib/site/opening';

export interface DomainSearchState {
  status: 'loading' | 'ready' | 'error';
  organization: string | null;
  pattern: string | null;
  rows: DomainSearchEmail[];
  /** How many addresses match, as the API counts them. */
  total: number;
  fetchedAt: number | null;
  fromCache: boolean;
  error: ReplyError | null;
  loadingMore: boolean;
  moreError: ReplyError | null;
  /** The plan shows only the first results (free plan's `pagination_error`). */
  limited: boolean;
}

const START: DomainSearchState = {
  status: 'loading', organization: null, pattern: null, rows: [], total: 0, fetchedAt: null, fromCache: false,
  error: null, loadingMore: false, moreError: null, limited: false,
};

interface Query {
  domain: string;
  type: EmailType | null;
  /** Bumped by "Refresh": the next first page skips the cache. */
  refreshNonce: number;
  /** Known to have no address of this type (free email-count): no call at all. */
  knownEmpty: boolean;
}

/** Domain-search pages for one domain and type: the first page on open, more on demand. */
export function useDomainSearch({ domain, type, refreshNonce, knownEmpty }: Query) {
  const [state, setState] = useState<DomainSearchState>(START);
  // Answers to an older question (another domain, filter or refresh) are dropped.
  const generation = useRef(0);
  const seenNonce = useRef(refreshNonce);

  useEffect(() => {
    const current = ++generation.current;
    const refresh = seenNonce.current !== refreshNonce;
    seenNonce.current = refreshNonce;
    if (knownEmpty) {
      setState({ ...START, status: 'ready' });
      return;
    }
    setState(START);
    // The popup's opening already asked the first page of this domain (one round trip for the first paint).
    const asked = (type === null && !refresh && prefetched('search', domain)) ||
      send('domainSearch', { domain, type: type ?? undefined, limit: PAGE_SIZE, offset: 0, ...(refresh ? { refresh } : {}) });
    void asked.then((reply) => {
      if (current !== generation.current) return;
      if (!reply.ok) return setState({ ...START, status: 'error', error: reply.error });
      const { value, fetchedAt, fromCache } = reply.data;
      setState({
        ...START, status: 'ready', organization: value.data.organization, pattern: value.data.pattern,
        rows: value.data.emails, total: value.meta.results, fetchedAt, fromCache,
      });
    });
  }, [domain, type, refreshNonce, knownEmpty]);

  async function loadMore() {
    const current = generation.current;
    const offset = state.rows.length;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    const reply = await send('domainSearch', { domain, type: type ?? undefined, limit: PAGE_SIZE, offset });
    if (current !== generation.current) return;
    if (!reply.ok) {
      const limited = reply.error.kind === 'pagination_limited';
      return setState((s) => ({ ...s, loadingMore: false, limited, moreError: limited ? null : reply.error }));
    }
    const { emails } = reply.data.value.data;
    setState((s) => ({ ...s, loadingMore: false, rows: [...s.rows, ...emails], total: reply.data.value.meta.results }));
  }

  const hasMore = state.status === 'ready' && !state.limited && state.rows.length < state.total;
  return { state, loadMore, hasMore };
}
