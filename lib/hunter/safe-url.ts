// API data is untrusted: a source URI or a LinkedIn field may be `javascript:` or `data:`. Only absolute
// http(s) URLs may become links.

export function isSafeHttpUrl(u: unknown): u is string {
  if (typeof u !== 'string' || u.trim() === '') return false;
  let url: URL;
  try {
    // No base on purpose: a relative URL would resolve against the extension's own origin.
    url = new URL(u);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}
