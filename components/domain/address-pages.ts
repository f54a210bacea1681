import type { DomainSearchEmail, DomainSearchResponse, EmailType } from '@/lib/hunter';

// How a domain's addresses are paged. Every domain-search answer with at least one address costs a credit,
// whatever its size up to 100 (the docs): the first page stays small for a quick look, "Load more" asks 100.

export const MORE_PAGE_SIZE = 100;

/** Where the next page starts: after every row the API sent, kept or not (a row without an address is dropped). */
export function nextOffset(answer: Pick<DomainSearchResponse, 'meta' | 'data'> & { received?: number }, askedOffset: number): number {
  const said = Number(answer.meta.offset);
  const start = Number.isInteger(said) && said >= 0 ? said : askedOffset;
  // Answers cached before `received` existed: the rows kept are the best count there is.
  return start + (answer.received ?? answer.data.emails.length);
}

/** Appends a page; an address already shown is not shown (nor keyed) twice. */
export function appendRows(shown: DomainSearchEmail[], page: DomainSearchEmail[]): DomainSearchEmail[] {
  const seen = new Set(shown.map((row) => row.value.toLowerCase()));
  const added = page.filter((row) => {
    const key = row.value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return added.length === 0 ? shown : [...shown, ...added];
}

/** Every row is in: the next page would start past the total, or the last page came back short. */
export function allLoaded(next: number, total: number, received: number, asked: number): boolean {
  return next >= total || received < asked;
}

/** All / Personal / Generic over rows already loaded: no call. */
export function rowsOfType(rows: DomainSearchEmail[], type: EmailType | null): DomainSearchEmail[] {
  return type === null ? rows : rows.filter((row) => row.type === type);
}
