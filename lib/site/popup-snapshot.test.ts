import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPopupAnswers, forgetPopupDomain, hostOf, popupSnapshot, rememberForPopup, type PopupAnswers } from './popup-snapshot';

const site = { ok: true, domain: 'stripe.com', display: 'stripe.com' } as const;
const answers = (expiresAt: number): PopupAnswers => ({
  count: { ok: true, data: { value: { data: { total: 137 } }, fetchedAt: 1, fromCache: true } },
  search: { ok: true, data: { value: { data: { emails: [] } }, fetchedAt: 1, fromCache: true } },
  expiresAt,
}) as never;

describe("the popup's copy of the cached answers", () => {
  let tabId: number;
  beforeEach(async () => {
    fakeBrowser.reset();
    tabId = (await fakeBrowser.tabs.create({ url: 'https://www.stripe.com/jobs', active: true })).id!;
  });

  it("is read by the popup for the tab's host, without the worker", async () => {
    await rememberForPopup('www.stripe.com', site, answers(2_000));
    const opening = await popupSnapshot(tabId, 1_000);
    expect(opening).toMatchObject({ tabId, site, keyStatus: { hasKey: true }, count: { ok: true }, search: { ok: true }, page: null });
  });

  it('keeps no API key, only the site and its answers', async () => {
    await rememberForPopup('www.stripe.com', site, answers(2_000));
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).not.toMatch(/key/i);
  });

  it('is nothing once the cache would no longer answer, for another host, or after the cache is cleared', async () => {
    await rememberForPopup('www.stripe.com', site, answers(2_000));
    expect(await popupSnapshot(tabId, 2_000)).toBeNull();
    const other = (await fakeBrowser.tabs.create({ url: 'https://www.asana.com/', active: true })).id!;
    expect(await popupSnapshot(other, 1_000)).toBeNull();
    await forgetPopupAnswers();
    expect(await popupSnapshot(tabId, 1_000)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('a refreshed domain drops its copy', async () => {
    await rememberForPopup('www.stripe.com', site, answers(2_000));
    await forgetPopupDomain('stripe.com');
    expect(await popupSnapshot(tabId, 1_000)).toBeNull();
  });

  it('only web pages have a host', () => {
    expect(hostOf('https://www.stripe.com/jobs')).toBe('www.stripe.com');
    expect(hostOf('chrome://newtab/')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf(null)).toBeNull();
  });
});
