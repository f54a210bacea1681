// Every page of a paged endpoint, one after the other (never in parallel: the rate limiter is shared),
// reporting progress so a long export shows a moving bar.

export interface Page<T> {
  items: T[];
  total: number;
}

export async function fetchAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  onProgress: (done: number, total: number) => void,
  pageSize = 100,
): Promise<T[]> {
  const all: T[] = [];
  let total = Infinity;
  while (all.length < total) {
    const page = await fetchPage(all.length, pageSize);
    total = page.total;
    all.push(...page.items);
    onProgress(Math.min(all.length, total), total);
    // A short page means the server has nothing more, whatever its total says.
    if (page.items.length < pageSize) break;
  }
  return all;
}
