import type { LeadsFilter } from '@/lib/hunter';

// The leads table's filters, as the user typed them, → the documented GET /leads parameters.

export const FILTER_FIELDS = ['first_name', 'last_name', 'email', 'company', 'phone_number', 'twitter'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface LeadsView {
  /** null: every list. */
  listId: number | null;
  filters: Partial<Record<FilterField, string>>;
  offset: number;
  /** 'all': every lead in one scrolling table, asked for a page at a time as it scrolls. */
  limit: PageSize;
}

export const PAGE_SIZES = [25, 50, 100, 'all'] as const;
export type PageSize = number | 'all';
/** The most leads one GET /leads answers (the docs: limit 1 to 100). */
export const MAX_PAGE_SIZE = 100;

/** The GET /leads query of the page on screen; for 'all', its first page. */
export function viewToQuery(view: LeadsView): LeadsFilter {
  const query: LeadsFilter = view.limit === 'all'
    ? { offset: 0, limit: MAX_PAGE_SIZE }
    : { offset: Math.max(0, Math.floor(view.offset)), limit: Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(view.limit))) };
  // The docs spell the list filter `lead_list_id`.
  if (view.listId !== null) query.lead_list_id = view.listId;
  for (const field of FILTER_FIELDS) {
    const value = view.filters[field]?.trim();
    if (value) query[field] = value;
  }
  return query;
}

/** The offset of the last page that still has leads (0 when none). */
export function lastPageOffset(total: number, limit: number): number {
  return total <= 0 ? 0 : Math.floor((total - 1) / limit) * limit;
}
