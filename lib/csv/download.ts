// Hands a CSV to the browser as a file download, from the page itself: no `downloads` permission needed.

export function downloadCsv(fileName: string, csv: string): void {
  // The BOM makes spreadsheet programs read the file as UTF-8 (names in every script).
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `quarry-<what>-2024-05-01.csv`, with only safe characters from `what`. */
export function csvFileName(what: string, now = new Date()): string {
  const slug = what.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `quarry-${slug || 'export'}-${now.toISOString().slice(0, 10)}.csv`;
}
