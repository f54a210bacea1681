import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HunterError } from '../../hunter';
import type { Handlers } from '../router';
import { removeApiKey, writeApiKey } from '../../secret-store';
import { popupHandlers } from './popup-handlers';
import { popupSnapshot } from '../../site/popup-snapshot';

type Lookups = Pick<Handlers, 'emailCount' | 'domainSearch'>;

function recordingLookups(asked: unknown[], fail?: HunterError): Lookups {
  const answer = (value: unknown) => ({ value, fetchedAt: 1, fromCache: true }) as never;
  return {
    emailCount: async (q) => {
      asked.push(['count', q]);
      return answer({ data: { total: 137 } });
    },
    domainSearch: async (q) => {
      asked.push(['search', q]);
      if (fail) throw fail;
      return answer({ data: { emails: [] } });
    },
  };
}

async function tabOn(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url, active: true })).id!;
}

describe('openPopup', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await writeApiKey('sandbox-demo-key');
  });

  it("answers the tab's site, the key status, and the first page and count through the cached lookups", async () => {
    const asked: unknown[] = [];
    const tabId = await tabOn('https://www.stripe.com/jobs');
    const opening = await popupHandlers(recordingLookups(asked), async () => false).openPopup({ tabId });
    expect(opening.tabId).toBe(tabId);
    expect(opening.site).toEqual({ ok: true, domain: 'stripe.com', display: 'stripe.com' });
    expect(opening.keyStatus.hasKey).toBe(true);
    expect(opening.count).toMatchObject({ ok: true, data: { value: { data: { total: 137 } } } });
    expect(opening.search).toMatchObject({ ok: true });
    expect(asked).toEqual([['count', { domain: 'stripe.com' }], ['search', { domain: 'stripe.com', limit: 10, offset: 0 }]]);
  });

  it('asks nothing for a page with no company, and says why', async () => {
    const asked: unknown[] = [];
    const handlers = popupHandlers(recordingLookups(asked), async () => false);
    expect((await handlers.openPopup({ tabId: await tabOn('chrome://newtab/') })).site).toEqual({ ok: false, reason: 'not_web' });
    expect((await handlers.openPopup({ tabId: await tabOn('https://www.linkedin.com/in/jane') })).site).toMatchObject({ ok: false });
    expect((await handlers.openPopup({ tabId: 999 })).site).toEqual({ ok: false, reason: 'not_web' });
    expect(asked).toEqual([]);
  });

  it('without a key asks only the free count', async () => {
    await removeApiKey();
    const asked: unknown[] = [];
    const opening = await popupHandlers(recordingLookups(asked), async () => false).openPopup({ tabId: await tabOn('https://asana.com/') });
    expect(opening.keyStatus.hasKey).toBe(false);
    expect(opening.search).toBeNull();
    expect(asked).toEqual([['count', { domain: 'asana.com' }]]);
  });

  it('passes an API failure on as the reply the popup would have had', async () => {
    const quota = new HunterError('quota_exceeded', { status: 429, details: 'Used up' });
    const opening = await popupHandlers(recordingLookups([], quota), async () => false).openPopup({ tabId: await tabOn('https://stripe.com/') });
    expect(opening.search).toMatchObject({ ok: false, error: { kind: 'quota_exceeded', status: 429 } });
  });

  it('opening to show a right-click answer asks no paid search of the tab\'s site', async () => {
    const asked: unknown[] = [];
    const opening = await popupHandlers(recordingLookups(asked), async () => true).openPopup({ tabId: await tabOn('https://www.stripe.com/jobs') });
    expect(opening.search).toBeNull();
    expect(asked).toEqual([['count', { domain: 'stripe.com' }]]);
  });

  it('reads the page first: an article about a person opens on Find and asks no paid search nobody would see', async () => {
    const asked: unknown[] = [];
    const tabId = await tabOn('https://blog.stripe.com/team-story');
    const person = { fullName: 'Sam Writer', first: 'Sam', last: 'Writer', position: null, company: null, companyWebsite: null, linkedinUrl: null };
    const scripting = fakeBrowser.scripting as { executeScript: unknown };
    const unread = scripting.executeScript;
    scripting.executeScript = async () => [{ result: { url: 'https://blog.stripe.com/team-story', person, blocked: false } }];
    const opening = await popupHandlers(recordingLookups(asked), async () => false).openPopup({ tabId }).finally(() => {
      scripting.executeScript = unread;
    });
    expect(opening.page?.person).toMatchObject({ first: 'Sam', last: 'Writer' });
    expect(opening.search).toBeNull();
    expect(asked).toEqual([['count', { domain: 'stripe.com' }]]);
  });

  it("leaves the popup a copy of a cached opening, read later without the worker, marked as from the cache", async () => {
    const tabId = await tabOn('https://www.stripe.com/jobs');
    await popupHandlers(recordingLookups([]), async () => false).openPopup({ tabId });
    const copy = await popupSnapshot(tabId, 2); // the fake answers were fetched at 1
    expect(copy?.site).toEqual({ ok: true, domain: 'stripe.com', display: 'stripe.com' });
    expect(copy?.search).toMatchObject({ ok: true, data: { fromCache: true } });
    expect(copy?.count).toMatchObject({ ok: true, data: { value: { data: { total: 137 } } } });
  });
});
