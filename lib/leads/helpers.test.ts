import { describe, expect, it, vi } from 'vitest';
import { fieldNamedIn } from './error-field';
import { fetchAllPages } from './fetch-all-pages';
import { lastPageOffset, viewToQuery } from './filters';

describe('viewToQuery', () => {
  it('sends the list as the documented lead_list_id and only the filters that have text', () => {
    expect(
      viewToQuery({ listId: 7, filters: { first_name: ' Ada ', company: '', twitter: 'ada' }, offset: 50, limit: 25 }),
    ).toEqual({ offset: 50, limit: 25, lead_list_id: 7, first_name: 'Ada', twitter: 'ada' });
  });

  it('asks every list when none is chosen and keeps the limit within 1–100', () => {
    expect(viewToQuery({ listId: null, filters: {}, offset: -5, limit: 500 })).toEqual({ offset: 0, limit: 100 });
    expect(viewToQuery({ listId: null, filters: {}, offset: 0, limit: 0 }).limit).toBe(1);
  });

  it('asks the first page of the largest size the docs allow when every lead is shown', () => {
    expect(viewToQuery({ listId: 3, filters: {}, offset: 200, limit: 'all' })).toEqual({ offset: 0, limit: 100, lead_list_id: 3 });
  });

  it('finds the last page', () => {
    expect(lastPageOffset(250, 100)).toBe(200);
    expect(lastPageOffset(200, 100)).toBe(100);
    expect(lastPageOffset(0, 25)).toBe(0);
  });
});

describe('fetchAllPages', () => {
  it('walks every page in order and reports progress', async () => {
    const data = Array.from({ length: 250 }, (_, i) => i);
    const asked: Array<[number, number]> = [];
    const progress: Array<[number, number]> = [];
    const all = await fetchAllPages(
      async (offset, limit) => {
        asked.push([offset, limit]);
        return { items: data.slice(offset, offset + limit), total: data.length };
      },
      (done, total) => progress.push([done, total]),
    );
    expect(all).toEqual(data);
    expect(asked).toEqual([[0, 100], [100, 100], [200, 100]]);
    expect(progress).toEqual([[100, 250], [200, 250], [250, 250]]);
  });

  it('stops on a short page even if the total promised more', async () => {
    const fetchPage = vi.fn(async () => ({ items: [1, 2], total: 10 }));
    expect(await fetchAllPages(fetchPage, () => {}, 5)).toEqual([1, 2]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('asks once for an empty view', async () => {
    const fetchPage = vi.fn(async () => ({ items: [], total: 0 }));
    expect(await fetchAllPages(fetchPage, () => {})).toEqual([]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});

describe('fieldNamedIn', () => {
  it('finds the field an API sentence is about', () => {
    expect(fieldNamedIn('The email parameter is not a valid email address')).toBe('email');
    expect(fieldNamedIn('A lead with the email a@b.co already exists in the leads list "X" (lead 3)')).toBe('email');
    expect(fieldNamedIn('The confidence_score parameter must be an integer between 0 and 100')).toBe('confidence_score');
    expect(fieldNamedIn('You are missing the last_name parameter')).toBe('last_name');
    expect(fieldNamedIn('Something else went wrong')).toBeNull();
    expect(fieldNamedIn(null)).toBeNull();
  });
});

