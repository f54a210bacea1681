import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { Loadable } from '@/components/use-reply';
import type { Lead, LeadsFilter } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { MAX_PAGE_SIZE } from '@/lib/leads/filters';
import { bodyParts, pagesOf, rowSlots, visibleRows, type RowRange } from '@/lib/leads/windowing';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { LEAD_COLUMNS, LeadRow, LeadsHead } from './LeadRow';
import { LeadsTable } from './LeadsTable';
import { useLeadPages } from './use-lead-pages';

/** Every row is this tall (leads.css reads it as --row-height), so rows and gaps add up exactly. */
export const ROW_HEIGHT = 34;
/** Rows rendered beyond each edge of the viewport, so a small scroll never shows an empty band. */
const OVERSCAN = 8;
/** How long a fast scroll rests before the overscan rows are made again. */
const SETTLE_MS = 100;
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
  /** Each rendered row's slot, by identity (rowSlots). */
  const slots = useRef(new Map<string, number>());

  // Deleted-but-undoable leads are left out: the rows (among those loaded) they held, in order. No array of every
  // lead is built: a view's row maps to the list's row past the hidden ones before it.
  const hiddenRows = useMemo(() => {
    const found: number[] = [];
    if (hiddenIds.size === 0) return found;
    for (let row = 0; row < pages.total; row++) {
      const lead = pages.leadAt(row);
      if (lead && hiddenIds.has(lead.id)) found.push(row);
    }
    return found;
  }, [first, pages.version, hiddenIds]);
  const count = pages.total - hiddenRows.length;
  /** The lead at a row of the view; undefined while its page is not yet asked for (a "Loading…" row). */
  function leadAt(row: number): Lead | undefined {
    let listRow = row;
    for (const hidden of hiddenRows) {
      if (hidden > listRow) break;
      listRow++;
    }
    return pages.leadAt(listRow);
  }

  // The header row stays on top of the viewport: rows show in the height below it.
  function measure(overscan = OVERSCAN) {
    const box = scroller.current;
    if (!box) return;
    const next = visibleRows(box.scrollTop, box.clientHeight - ROW_HEIGHT, ROW_HEIGHT, count, overscan);
    setRange((shown) => (shown.start === next.start && shown.end === next.end ? shown : next));
  }
  // The settle timer measures with the latest render's measure (the row count may have changed meanwhile).
  const latestMeasure = useRef(measure);
  latestMeasure.current = measure;
  const scrolled = useRef({ top: 0, timer: 0 });
  // Scrolled more than a screen since the last frame (a fling, the scrollbar dragged): rows beyond the screen
  // would be gone before they show, so only the rows in view are made; the overscan comes back once it rests.
  function onScroll() {
    const box = scroller.current!;
    const last = scrolled.current;
    const jump = Math.abs(box.scrollTop - last.top);
    last.top = box.scrollTop;
    clearTimeout(last.timer);
    if (jump <= box.clientHeight) return measure();
    measure(0);
    last.timer = window.setTimeout(() => latestMeasure.current(), SETTLE_MS);
  }
  useEffect(() => () => clearTimeout(scrolled.current.timer), []);
  useLayoutEffect(() => {
    measure();
    const resized = new ResizeObserver(() => measure());
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

  // Rows keep their slot (key) while shown; rows coming in take the slots of rows going out (rowSlots).
  const parts = bodyParts(count, range, focused);
  const shown = new Map<number, { lead: Lead | undefined; id: string }>();
  const ids = new Set<string>();
  for (const part of parts) {
    if (!('row' in part)) continue;
    const lead = leadAt(part.row);
    // A lead listed twice (pages asked apart while the list changed) is two rows, each with its own element.
    const id = lead && !ids.has(`lead-${lead.id}`) ? `lead-${lead.id}` : `row-${part.row}`;
    ids.add(id);
    shown.set(part.row, { lead, id });
  }
  slots.current = rowSlots(slots.current, [...ids]);

  return (
    <>
    <div class="leads-scroll" ref={scroller} onScroll={onScroll}>
      <table
        class="leads-table"
        aria-busy={busy ? 'true' : undefined}
        aria-label={t('leads_tableLabel')}
        aria-rowcount={count + 1}
      >
        <LeadsHead />
        <tbody onFocusIn={onFocusIn} onFocusOut={onFocusOut}>
          {parts.map((part, i) => {
            if ('gap' in part) {
              return (
                <tr key={`gap-${i}`} class="gap" aria-hidden="true">
                  <td colSpan={LEAD_COLUMNS} style={{ height: `${part.gap * ROW_HEIGHT}px` }} />
                </tr>
              );
            }
            const { lead, id } = shown.get(part.row)!;
            const key = `slot-${slots.current.get(id)}`;
            if (!lead) {
              return (
                <tr key={key} aria-rowindex={part.row + 2}>
                  <td colSpan={LEAD_COLUMNS} class="muted">{t('leads_loadingRow')}</td>
                </tr>
              );
            }
            return <LeadRow key={key} lead={lead} rowIndex={part.row + 2} pending={pendingIds.has(lead.id)} onOpen={onOpen} />;
          })}
        </tbody>
      </table>
    </div>
    {pages.failed && <ErrorMessage error={pages.failed} onTryAgain={pages.tryAgain} />}
    </>
  );
}
