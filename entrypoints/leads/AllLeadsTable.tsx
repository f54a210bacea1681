import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { Loadable } from '@/components/use-reply';
import type { Lead, LeadsFilter } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { MAX_PAGE_SIZE } from '@/lib/leads/filters';
import { bodyParts, pagesOf, visibleRows, type RowRange } from '@/lib/leads/windowing';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { LEAD_COLUMNS, LeadRow, LeadsHead } from './LeadRow';
import { LeadsTable } from './LeadsTable';
import { useLeadPages } from './use-lead-pages';

/** Every row is this tall (leads.css reads it as --row-height), so rows and gaps add up exactly. */
export const ROW_HEIGHT = 34;
/** Rows rendered beyond each edge of the viewport, so a small scroll never shows an empty band. */
const OVERSCAN = 8;
/** How near (in rows) the viewport comes to a page before that page is asked for. */
const FETCH_AHEAD = 50;

type LeadsReply = ResponseOf<'leadsList'>;

interface AllLeadsTableProps {
  /** The view's first page (offset 0, 100 leads) as the manager asked it. */
  leads: Loadable<LeadsReply>;
  query: LeadsFilter;
  hiddenIds: ReadonlySet<number>;
  pendingIds: ReadonlySet<number>;
  onOpen: (lead: Lead) => void;
}

/**
 * Every lead of the view in one scrolling table. While the first page is asked again (after a write), the
 * rows held stay on screen, so the scroll position is kept.
 */
export function AllLeadsTable({ leads, query, hiddenIds, pendingIds, onOpen }: AllLeadsTableProps) {
  const held = useRef<LeadsReply | null>(null);
  if (leads.state === 'done') held.current = leads.data;
  if (leads.state === 'error') return <ErrorMessage error={leads.error} />;
  if (!held.current || (held.current.meta.total === 0 && leads.state === 'done')) {
    return <LeadsTable leads={leads} hiddenIds={hiddenIds} pendingIds={pendingIds} skeletonRows={12} onOpen={onOpen} />;
  }
  return (
    <ScrollingLeads first={held.current} busy={leads.state === 'loading'} query={query} hiddenIds={hiddenIds} pendingIds={pendingIds} onOpen={onOpen} />
  );
}

interface ScrollingLeadsProps extends Omit<AllLeadsTableProps, 'leads'> {
  first: LeadsReply;
  busy: boolean;
}

/**
 * Only the rows in view (and a few either side) are in the DOM; gaps of the rows' height stand for the rest,
 * so the scrollbar is right from the first answer. aria-rowcount / aria-rowindex tell where a row is.
 */
function ScrollingLeads({ first, busy, query, hiddenIds, pendingIds, onOpen }: ScrollingLeadsProps) {
  const pages = useLeadPages(first, query);
  const scroller = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<RowRange>({ start: 0, end: 0 });
  /** The row holding focus: kept in the DOM wherever the view scrolls. */
  const [focused, setFocused] = useState<number | null>(null);

  // Rows not yet asked for are undefined (a "Loading…" row); deleted-but-undoable leads are left out.
  const rows = useMemo(() => {
    const all: Array<Lead | undefined> = [];
    for (let row = 0; row < pages.total; row++) {
      const lead = pages.leadAt(row);
      if (!lead || !hiddenIds.has(lead.id)) all.push(lead);
    }
    return all;
  }, [first, pages.version, hiddenIds]);
  const count = rows.length;

  // The header row stays on top of the viewport: rows show in the height below it.
  function measure() {
    const box = scroller.current;
    if (!box) return;
    const next = visibleRows(box.scrollTop, box.clientHeight - ROW_HEIGHT, ROW_HEIGHT, count, OVERSCAN);
    setRange((shown) => (shown.start === next.start && shown.end === next.end ? shown : next));
  }
  useLayoutEffect(() => {
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(scroller.current!);
    return () => resized.disconnect();
  }, [count]);

  useEffect(() => {
    const near = { start: Math.max(0, range.start - FETCH_AHEAD), end: Math.min(pages.total, range.end + FETCH_AHEAD + hiddenIds.size) };
    // The pages on screen first, then the ones just beyond.
    const onScreen = pagesOf(range, MAX_PAGE_SIZE);
    pages.want([...onScreen, ...pagesOf(near, MAX_PAGE_SIZE).filter((page) => !onScreen.includes(page))]);
  }, [range.start, range.end, first, hiddenIds.size]);

  function onFocusIn(event: FocusEvent) {
    const row = (event.target as Element).closest('tr[aria-rowindex]');
    if (!row) return;
    setFocused(Number(row.getAttribute('aria-rowindex')) - 2);
    // Focus has already scrolled the row into view: render its neighbours now, so the next Tab finds them.
    measure();
  }

  function onFocusOut(event: FocusEvent) {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) setFocused(null);
  }

  return (
    <>
    <div class="leads-scroll" ref={scroller} onScroll={measure}>
      <table
        class="leads-table"
        aria-busy={busy ? 'true' : undefined}
        aria-label={t('leads_tableLabel')}
        aria-rowcount={count + 1}
      >
        <LeadsHead />
        <tbody onFocusIn={onFocusIn} onFocusOut={onFocusOut}>
          {bodyParts(count, range, focused).map((part, i) => {
            if ('gap' in part) {
              return (
                <tr key={`gap-${i}`} class="gap" aria-hidden="true">
                  <td colSpan={LEAD_COLUMNS} style={{ height: `${part.gap * ROW_HEIGHT}px` }} />
                </tr>
              );
            }
            const lead = rows[part.row];
            if (!lead) {
              return (
                <tr key={`row-${part.row}`} aria-rowindex={part.row + 2}>
                  <td colSpan={LEAD_COLUMNS} class="muted">{t('leads_loadingRow')}</td>
                </tr>
              );
            }
            return <LeadRow key={lead.id} lead={lead} rowIndex={part.row + 2} pending={pendingIds.has(lead.id)} onOpen={onOpen} />;
          })}
        </tbody>
      </table>
    </div>
    {pages.failed && <ErrorMessage error={pages.failed} onTryAgain={pages.tryAgain} />}
    </>
  );
}
