/** The `?tab=<id>` of a popup URL, when it names a tab (tests, pages opening the popup as a tab). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}
