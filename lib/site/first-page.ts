/** Each domain-search page that finds anyone costs one credit: ten rows is what a user reads before deciding. */
export const PAGE_SIZE = 10;

/** The question a popup opening asks: the same key in the cache whether the background or the popup asks it. */
export function firstPageQuestion(domain: string) {
  return { domain, limit: PAGE_SIZE, offset: 0 };
}
