export type PersonSource = 'linkedin' | 'linkedin-public' | 'sales-navigator' | 'json-ld' | 'microdata' | 'meta-author';

/** The one person a page is about (a profile, an article's author). Every string is plain text. */
export interface PagePerson {
  fullName: string;
  first: string;
  last: string;
  position: string | null;
  company: string | null;
  /**
   * The company's website as the page gives it (an absolute http(s) URL or a bare host), never a
   * LinkedIn page. The background turns it into a domain with `companyDomain()` / `domainForPage()`
   * from lib/domains: the public-suffix list is too big for this content script.
   */
  companyWebsite: string | null;
  /** Canonical `https://www.linkedin.com/in/<slug>/`, when known. */
  linkedinUrl: string | null;
  source: PersonSource;
}

export interface PageContext {
  url: string;
  person: PagePerson | null;
  /** An auth wall, a bot challenge or a "page not found": nothing on it describes a person. */
  blocked: boolean;
}
