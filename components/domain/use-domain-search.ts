import { useEffect, useRef, useState } from 'preact/hooks';
import type { DomainSearchEmail, DomainSearchResponse, EmailType } from '@/lib/hunter';
import type { Cached, ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { PAGE_SIZE } from '@/lib/site/first-page';
import { prefetched, prefetchedNow } from '@/lib/site/opening';
import { allLoaded, appendRows, MORE_PAGE_SIZE, nextOffset, rowsOfType } from './address-pages';

export interface DomainSearchState {
  status: 'loading' | 'ready' | 'error';
  organization: string | null;
  pattern: string | null;
  rows: DomainSearchEmail[];
  /** How many addresses match, as the API counts them. */
  total: number;
  /** Where "Load more" starts: after every row the API sent so far. */
  nextOffset: number;
  /** Every row of this question is loaded: nothing more to ask. */
  complete: boolean;
  fetchedAt: number | null;
  fromCache: boolean;
  error: ReplyError | null;
  loadingMore: boolean;
  /** "Refresh" is running; the rows shown stay until its answer replaces them. */
  refreshing: boolean;
  /** "Load more" failed: what is shown stays, with this error below it. */
  moreError: ReplyError | null;
  /** "Refresh" failed (a spent quota, the API down): what is shown stays, with this error above it. */
  refreshError: ReplyError | null;
  /** The plan shows only the first results (free plan's `pagination_error`). */
  limited: boolean;
}

const START: DomainSearchState = {
  status: 'loading', organization: null, pattern: null, rows: [], total: 0, nextOffset: 0, complete: false,
  fetchedAt: null, fromCache: false, error: null, loadingMore: false, refreshing: false, moreError: null, refreshError: null, limited: false,
};

interface Query {
  domain: string;
  type: EmailType | null;
  /** Bumped by "Refresh": the next first page skips the cache. */
  refreshNonce: number;
  /** Known to have no address of this type (free email-count): no call at all. */
  knownEmpty: boolean;
}

/** Every address of a domain, once all are loaded: the type filter then works on them without a call. */
interface LoadedDomain {
  domain: string;
  state: DomainSearchState;
}

/** The state after a first page. */
function firstPage({ value, fetchedAt, fromCache }: Cached<DomainSearchResponse>): DomainSearchState {
  const next = nextOffset(value, 0);
  const received = value.received ?? value.data.emails.length;
  return {
    ...START, status: 'ready', organization: value.data.organization, pattern: value.data.pattern,
    rows: appendRows([], value.data.emails), total: value.meta.results, nextOffset: next,
    complete: allLoaded(next, value.meta.results, received, PAGE_SIZE), fetchedAt, fromCache,
  };
}

/** The state a first page's reply shows. */
function stateOfReply(reply: NonNullable<ReturnType<typeof prefetchedNow<'search'>>>): DomainSearchState {
  return reply.ok ? firstPage(reply.data) : { ...START, status: 'error', error: reply.error };
}

/** Every address of the domain is in this (unfiltered) state: the type filter can work on it. */
const isWhole = (state: DomainSearchState) => state.complete && state.status === 'ready';

/** Domain-search pages for one domain and type: a small first page on open, 100 more per "Load more". */
export function useDomainSearch({ domain, type, refreshNonce, knownEmpty }: Query) {
  // The opening's first page, when it is already here, is in the first render: no effect, no frame to wait for.
  const [initial] = useState(() => (type === null && !knownEmpty ? prefetchedNow('search', domain) : null));
  const [state, setState] = useState<DomainSearchState>(() => (initial ? stateOfReply(initial) : START));
  // Answers to an older question (another domain, filter or refresh) are dropped.
  const generation = useRef(0);
  const seenNonce = useRef(refreshNonce);
  const loaded = useRef<LoadedDomain | null>(initial && isWhole(state) ? { domain, state } : null);
  const answeredAlready = useRef(initial !== null);
  const [retryNonce, setRetryNonce] = useState(0);

  /** Shows `next`; when it holds every address of the domain, keeps it for the type filter. */
  function show(next: DomainSearchState, forType: EmailType | null) {
    if (forType === null && isWhole(next)) loaded.current = { domain, state: next };
    setState(next);
  }

  useEffect(() => {
    const current = ++generation.current;
    if (answeredAlready.current) {
      answeredAlready.current = false;
      return;
    }
    const refresh = seenNonce.current !== refreshNonce;
    seenNonce.current = refreshNonce;
    if (knownEmpty) {
      setState({ ...START, status: 'ready', complete: true });
      return;
    }
    const all = loaded.current?.domain === domain ? loaded.current.state : null;
    if (all && !refresh) {
      // Every address is here already: All / Personal / Generic is a filter, not a paid call.
      const rows = rowsOfType(all.rows, type);
      setState({ ...all, rows, total: type === null ? all.total : rows.length });
      return;
    }
    // Refresh keeps what is shown until the new answer is in: a failed refresh (a spent quota) wipes nothing.
    setState((shown) => (refresh && shown.rows.length > 0 ? { ...shown, refreshing: true, moreError: null, refreshError: null } : START));
    // The popup's opening already asked the first page of this domain (one round trip for the first paint).
    const asked = (type === null && !refresh && prefetched('search', domain)) ||
      send('domainSearch', { domain, type: type ?? undefined, limit: PAGE_SIZE, offset: 0, ...(refresh ? { refresh } : {}) });
    void asked.then((reply) => {
      if (current !== generation.current) return;
      if (!reply.ok) {
        return setState((shown) =>
          shown.refreshing ? { ...shown, refreshing: false, refreshError: reply.error } : { ...START, status: 'error', error: reply.error },
        );
      }
      if (refresh) loaded.current = null;
      show(firstPage(reply.data), type);
    });
  }, [domain, type, refreshNonce, knownEmpty, retryNonce]);

  async function loadMore() {
    const current = generation.current;
    const shown = state;
    const offset = shown.nextOffset;
    setState({ ...shown, loadingMore: true, moreError: null });
    const reply = await send('domainSearch', { domain, type: type ?? undefined, limit: MORE_PAGE_SIZE, offset });
    if (current !== generation.current) return;
    if (!reply.ok) {
      const limited = reply.error.kind === 'pagination_limited';
      return setState({ ...shown, loadingMore: false, limited, moreError: limited ? null : reply.error });
    }
    const { value } = reply.data;
    const next = nextOffset(value, offset);
    const received = value.received ?? value.data.emails.length;
    show(
      {
        ...shown, loadingMore: false, rows: appendRows(shown.rows, value.data.emails), total: value.meta.results,
        nextOffset: next, complete: allLoaded(next, value.meta.results, received, MORE_PAGE_SIZE),
      },
      type,
    );
  }

  /** "Try again" after the first page failed in a way a second attempt may fix. */
  const tryAgain = () => setRetryNonce((n) => n + 1);

  const hasMore = state.status === 'ready' && !state.limited && !state.complete;
  return { state, loadMore, hasMore, tryAgain };
}
