/** Small text helpers for the page readers: everything read from a page is untrusted plain text. */

export const MAX = { name: 100, position: 150, company: 120, url: 500 } as const;

/** Trimmed, whitespace-collapsed, control characters removed, capped at `max`; null when empty. */
export function clean(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const s = value
    .replace(/[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return null;
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

export function textOf(el: Element | null | undefined): string {
  return el?.textContent ?? '';
}

/** `<meta property=…>` or `<meta name=…>` content. */
export function meta(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content') ?? '';
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/** `https://www.linkedin.com/in/<slug>/` from any profile URL (sub-pages, query, locale hosts); else null. */
export function linkedInProfileUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/in\/([^/?#\s]+)/i.exec(value.trim());
  return m ? `https://www.linkedin.com/in/${m[1]}/` : null;
}

/** A company website: absolute http(s), not LinkedIn (a /company/ page is not a website). */
export function websiteUrl(value: unknown): string | null {
  const s = clean(value, MAX.url);
  if (!s) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') || isLinkedInHost(url.hostname)) return null;
    return s;
  } catch {
    return null;
  }
}

/** Words that a page uses instead of a name: never let them through as one. */
export function isJunkName(name: string): boolean {
  return /linkedin|\b(sign ?in|sign ?up|log ?in|join now|page not found|just a moment|captcha|verify|authwall)\b/i.test(name);
}

const ROLE_AT = /^(.+?)\s+(?:at|@|chez|bei|bij|presso)\s+(.+)$|^(.+?)\s*@\s*(.+)$/i;

/**
 * The position from a headline, for the person's current company. "Staff Engineer at Stripe | ex-Acme" →
 * "Staff Engineer". A headline part that names another company is about another job: no position then.
 */
export function positionFromHeadline(headline: string, company: string | null): { position: string | null; company: string | null } {
  const parts = headline.split(/\s[|•·]\s|\s[-–—]\s|\|/).map((p) => p.trim()).filter(Boolean);
  const known = company?.toLowerCase() ?? null;
  let fallback: { position: string | null; company: string | null } = { position: null, company };
  for (const [i, part] of parts.entries()) {
    const m = ROLE_AT.exec(part);
    const role = m ? (m[1] ?? m[3] ?? '') : part;
    const org = m ? (m[2] ?? m[4] ?? '') : null;
    if (org && known && (org.toLowerCase().startsWith(known) || known.startsWith(org.toLowerCase()))) {
      return { position: role, company };
    }
    if (i === 0) fallback = org ? (known ? { position: null, company } : { position: role, company: org }) : { position: role, company };
  }
  return fallback;
}
