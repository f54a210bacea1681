import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { domainHandlers } from '../background/handlers/domain-handlers';
import { siteOfText } from './site-of-url';
import { tabIdFromSearch } from './target-tab';

describe('siteOfText', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The background's answer, as the popup gets it through messaging.
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => ({
      ok: true, data: await domainHandlers.resolveDomain((message as { data: { input: string } }).data),
    }));
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
