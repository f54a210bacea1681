import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { domainHandlers } from '../background/handlers/domain-handlers';
import { siteOfText, siteOfUrl } from './site-of-url';
import { tabIdFromSearch } from './target-tab';

describe('siteOfUrl', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The background's answer, as the popup gets it through messaging.
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => ({
      ok: true, data: await domainHandlers.resolveDomain((message as { data: { input: string } }).data),
    }));
  });

  it('finds the registrable domain of a company page', async () => {
    expect(await siteOfUrl('https://www.stripe.com/jobs')).toEqual({ ok: true, domain: 'stripe.com', display: 'stripe.com' });
    expect(await siteOfUrl('https://blog.stripe.com/')).toMatchObject({ ok: true, domain: 'stripe.com' });
    expect(await siteOfUrl('https://news.bbc.co.uk/x')).toMatchObject({ ok: true, domain: 'bbc.co.uk' });
  });

  it('shows an IDN in Unicode and keeps the ASCII form for the API', async () => {
    expect(await siteOfUrl('https://www.münchen.de/')).toEqual({ ok: true, domain: 'xn--mnchen-3ya.de', display: 'münchen.de' });
  });

  it('says why a page has no company', async () => {
    expect(await siteOfUrl(null)).toEqual({ ok: false, reason: 'not_web' });
    expect(await siteOfUrl('chrome://newtab/')).toEqual({ ok: false, reason: 'not_web' });
    expect(await siteOfUrl('http://192.168.1.10/admin')).toEqual({ ok: false, reason: 'ip' });
    expect(await siteOfUrl('http://localhost:3000/')).toEqual({ ok: false, reason: 'localhost' });
    expect(await siteOfUrl('https://mail.google.com/mail/u/0/')).toMatchObject({ ok: true, domain: 'google.com' });
    expect(await siteOfUrl('https://gmail.com/')).toEqual({ ok: false, reason: 'webmail' });
    expect(await siteOfUrl('https://www.linkedin.com/in/someone')).toEqual({ ok: false, reason: 'not_company' });
  });

  it('takes a typed URL or domain as the user wrote it', async () => {
    expect(await siteOfText('https://www.Stripe.com/about')).toMatchObject({ ok: true, domain: 'stripe.com' });
    expect(await siteOfText('gmail.com')).toEqual({ ok: false, reason: 'webmail' });
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
