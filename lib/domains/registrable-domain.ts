/**
 * The registrable domain ("stripe.com") of what the user has: a tab URL, a pasted URL or host, an
 * address, a company website read from a page. Background and UI only: tldts carries the public-suffix
 * list (~40 KB), so the page-reader content script never imports this module.
 *
 * Hosting platforms (PSL "private" section: github.io, netlify.app, herokuapp.com, blogspot.com…)
 * count as public suffixes: "acme.github.io" stays "acme.github.io", because "github.io" would be
 * GitHub's own staff. The platform's bare domain ("github.io") falls back to the ICANN rules.
 */
import { parse } from 'tldts';
import { toUnicode } from './punycode';
import { isWebmailDomain } from './webmail';

export type DomainFailure =
  | 'empty'
  | 'invalid'
  | 'ip'
  | 'localhost'
  | 'not_web' // chrome://, about:, file:, extension pages, new tab
  | 'webmail' // gmail.com, outlook.com, yahoo.*…
  | 'no_suffix' // "foo", "intranet.local", "app.test"
  | 'not_company'; // a people site (LinkedIn…) where the company is someone else's

export type DomainResult =
  | { ok: true; /** ASCII (Punycode), lowercase, as the API expects */ domain: string; /** Unicode, for showing */ display: string }
  | { ok: false; reason: DomainFailure };

// Schemes without "//" that are not web pages; "localhost:3000" and "stripe.com:8443" are not schemes.
const NON_WEB_SCHEMES = /^(about|chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|moz-extension|safari-web-extension|extension|resource|devtools|view-source|file|data|javascript|blob|filesystem|tel|sms|urn|ws|wss|ftp):/i;
// Sites where the people on a page work somewhere else.
const PEOPLE_SITES = new Set(
  'linkedin.com facebook.com instagram.com twitter.com x.com threads.net medium.com substack.com about.me linktr.ee crunchbase.com wellfound.com angel.co xing.com github.com gitlab.com youtube.com tiktok.com reddit.com'.split(' '),
);

const fail = (reason: DomainFailure): DomainResult => ({ ok: false, reason });

/** 'https://www.Stripe.com/about' → stripe.com; 'news.bbc.co.uk' → bbc.co.uk; 'a@stripe.com' → stripe.com. */
export function registrableDomain(input: string): DomainResult {
  const text = (input ?? '').trim().replace(/^<(.*)>$/s, '$1').replace(/^["'“”](.*)["'“”]$/s, '$1').trim();
  if (!text) return fail('empty');
  if (/^mailto:/i.test(text)) return domainOfEmail(text);
  if (NON_WEB_SCHEMES.test(text)) return fail('not_web');
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return fail('not_web');
  // "a@stripe.com" is an address; "medium.com/@jane" and "https://user@host/" are URLs.
  if (!hasScheme && /^[^/?#\s]+@[^/?#@\s]+$/.test(text)) return domainOfEmail(text);
  if (/\s/.test(text)) return fail('invalid');

  let host: string;
  try {
    // The URL parser lowercases, encodes IDN labels to Punycode and strips the port.
    host = new URL(hasScheme ? text : `http://${text}`).hostname.replace(/\.$/, '');
  } catch {
    return fail('invalid');
  }
  return domainOfHost(host);
}

/** 'Jane <jane@eng.stripe.com>' → stripe.com; webmail addresses → 'webmail'. */
export function domainOfEmail(email: string): DomainResult {
  let text = (email ?? '').trim();
  if (!text) return fail('empty');
  // A mailto: link's ?subject=… or #… follows the domain; `?` and `#` are allowed in the local part (RFC 5322).
  text = (/<([^<>]*)>\s*$/.exec(text)?.[1] ?? text).trim().replace(/^mailto:/i, '').replace(/(@[^@?#]*)[?#][^@]*$/, '$1');
  try {
    text = decodeURIComponent(text);
  } catch {
    // Not percent-encoded after all: a bare `%` is legal in the local part ("%a.a@a.aa", found by fast-check).
  }
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  const domainPart = text.slice(at + 1);
  if (at <= 0 || /[\s<>(),;:\\]/.test(local) || local.includes('@') || !/^[^\s/?#:@[\]]+$/.test(domainPart)) {
    return fail('invalid');
  }
  return registrableDomain(domainPart);
}

/**
 * The company's domain from a website read on a page (JSON-LD `worksFor.url`, microdata): like
 * registrableDomain, but a profile on a people site (linkedin.com/company/…) is no website.
 */
export function companyDomain(website: string): DomainResult {
  const result = registrableDomain(website);
  return result.ok && PEOPLE_SITES.has(result.domain) ? fail('not_company') : result;
}

/**
 * The domain to search for the page the user is on: the tab's own registrable domain. Only on a people site
 * (LinkedIn, GitHub, Medium…) is the profile's company the point: there the company website read on the page
 * wins, and the people site itself is never offered for a person found on it. Anywhere else the page's markup
 * (JSON-LD or microdata `worksFor.url`) does not steer the search: a page could spend the user's credit on
 * another domain.
 */
export function domainForPage(pageUrl: string, person: { companyWebsite: string | null } | null): DomainResult {
  const page = registrableDomain(pageUrl);
  if (!page.ok || !PEOPLE_SITES.has(page.domain)) return page;
  const company = person?.companyWebsite ? companyDomain(person.companyWebsite) : null;
  if (company?.ok) return company;
  if (person || page.domain === 'linkedin.com') return fail('not_company');
  return page;
}

/** Whether the page's own domain is a people site rather than a company (linkedin.com, github.com…). */
export function isPeopleSite(domain: string): boolean {
  return PEOPLE_SITES.has(domain);
}

function domainOfHost(host: string): DomainResult {
  if (!host) return fail('invalid');
  if (host === 'localhost' || host.endsWith('.localhost')) return fail('localhost');
  let parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp) return fail('ip');
  if (!parsed.hostname || parsed.hostname !== host) return fail('invalid');
  // The platform itself ("github.io", "www.netlify.app"): use the ICANN rules.
  if (!parsed.domain && parsed.isPrivate) parsed = parse(host, { allowPrivateDomains: false });
  // No known suffix: a single label, an unlisted TLD (".local", ".test") or a bare suffix ("co.uk").
  if (!parsed.domain || (!parsed.isIcann && !parsed.isPrivate)) return fail('no_suffix');
  const domain = parsed.domain;
  if (isWebmailDomain(domain)) return fail('webmail');
  return { ok: true, domain, display: toUnicode(domain) };
}
