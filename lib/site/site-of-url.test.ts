import { describe, expect, it } from 'vitest';
import { siteOfUrl } from './site-of-url';
import { tabIdFromSearch } from './target-tab';

describe('siteOfUrl', () => {
  it('finds the registrable domain of a company page', () => {
    expect(siteOfUrl('https://www.stripe.com/jobs')).toEqual({ ok: true, domain: 'stripe.com', display: 'stripe.com' });
    expect(siteOfUrl('https://blog.stripe.com/')).toMatchObject({ ok: true, domain: 'stripe.com' });
    expect(siteOfUrl('https://news.bbc.co.uk/x')).toMatchObject({ ok: true, domain: 'bbc.co.uk' });
  });

  it('shows an IDN in Unicode and keeps the ASCII form for the API', () => {
    expect(siteOfUrl('https://www.münchen.de/')).toEqual({ ok: true, domain: 'xn--mnchen-3ya.de', display: 'münchen.de' });
  });

  it('says why a page has no company', () => {
    expect(siteOfUrl(null)).toEqual({ ok: false, reason: 'not_web' });
    expect(siteOfUrl('chrome://newtab/')).toEqual({ ok: false, reason: 'not_web' });
    expect(siteOfUrl('http://192.168.1.10/admin')).toEqual({ ok: false, reason: 'ip' });
    expect(siteOfUrl('http://localhost:3000/')).toEqual({ ok: false, reason: 'localhost' });
    expect(siteOfUrl('https://mail.google.com/mail/u/0/')).toMatchObject({ ok: true, domain: 'google.com' });
    expect(siteOfUrl('https://gmail.com/')).toEqual({ ok: false, reason: 'webmail' });
    expect(siteOfUrl('https://www.linkedin.com/in/someone')).toEqual({ ok: false, reason: 'not_company' });
  });
});

describe('tabIdFromSearch', () => {
  it('reads a numeric tab id and nothing else', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tab=abc')).toBeNull();
    expect(tabIdFromSearch('?tab=-1')).toBeNull();
  });
});
