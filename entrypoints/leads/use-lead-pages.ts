import { useCallback, useRef, useState } from 'preact/hooks';
import type { Lead, LeadsFilter } from '@/lib/hunter';
import { MAX_PAGE_SIZE } from '@/lib/leads/filters';
import type { ReplyError, ResponseOf } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';

type LeadsReply = ResponseOf<'leadsList'>;

interface Held {
  first: LeadsReply;
  pages: Map<number, Lead[]>;
  /** The pages the table shows now, nearest first: the only ones worth asking for. */
  wanted: number[];
  asking: boolean;
  failed: ReplyError | null;
}

/**
 * Every lead of a view, a page of 100 (the most the API gives) at a time. Page 0 is the answer the manager
 * already has; another page is asked only when the table shows rows of it, one request at a time (the rate
 * limiter is shared), and held until page 0 is answered anew (after a write, or for another view): scrolling
 * back never asks again.
 */
export function useLeadPages(first: LeadsReply, query: LeadsFilter) {
  const [version, setVersion] = useState(0);
  const held = useRef<Held | null>(null);
  if (held.current?.first !== first) {
    held.current = { first, pages: new Map([[0, first.data.leads]]), wanted: [], asking: false, failed: null };
  }
  const latestQuery = useRef(query);
  latestQuery.current = query;

  const pump = useCallback((state: Held) => {
    if (state.asking || state.failed) return;
    const page = state.wanted.find((wanted) => !state.pages.has(wanted));
    if (page === undefined) return;
    state.asking = true;
    void send('leadsList', { ...latestQuery.current, offset: page * MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE }).then((reply) => {
      state.asking = false;
      // Answered for a view or a first page since replaced: dropped.
      if (held.current !== state) return;
      if (reply.ok) state.pages.set(page, reply.data.data.leads);
      else state.failed = reply.error;
      setVersion((v) => v + 1);
      pump(state);
    });
  }, []);

  const want = useCallback((pages: number[]) => {
    const state = held.current!;
    state.wanted = pages;
    pump(state);
  }, [pump]);

  const tryAgain = useCallback(() => {
    const state = held.current!;
    state.failed = null;
    setVersion((v) => v + 1);
    pump(state);
  }, [pump]);

  const state = held.current;
  return {
    /** Changes whenever a page arrives (for memos over the leads). */
    version: `${version}`,
    total: first.meta.total,
    leadAt: (row: number): Lead | undefined => state.pages.get(Math.floor(row / MAX_PAGE_SIZE))?.[row % MAX_PAGE_SIZE],
    failed: state.failed,
    want,
    tryAgain,
  };
}
