import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeEnabled } from '../settings';
import { badgeText } from './badge-text';
import { startBadge } from './badge-updater';

type Listener = (arg: { permissions?: string[] }) => void;

/** fakeBrowser has no permissions API: a grant the test turns on and off, with its two events. */
function fakePermissions() {
  let granted = false;
  const added: Listener[] = [];
  const removed: Listener[] = [];
  Object.assign(fakeBrowser.permissions, {
    contains: async () => granted,
    onAdded: { addListener: (l: Listener) => added.push(l) },
    onRemoved: { addListener: (l: Listener) => removed.push(l) },
  });
  return {
    grant() {
      granted = true;
      added.forEach((l) => l({ permissions: ['tabs'] }));
    },
    revoke() {
      granted = false;
      removed.forEach((l) => l({ permissions: ['tabs'] }));
    },
  };
}

/** fakeBrowser cannot make a created tab active: the test keeps the active tab and plays the events. */
let active: { id: number; url: string } | null = null;

async function openActiveTab(url: string): Promise<number> {
  const created = await fakeBrowser.tabs.create({ url });
  active = { id: created.id!, url };
  await fakeBrowser.tabs.onActivated.trigger({ tabId: created.id!, windowId: created.windowId! });
  return created.id!;
}

async function navigate(tabId: number, url: string) {
  const tab = await fakeBrowser.tabs.update(tabId, { url });
  active = { id: tabId, url };
  await fakeBrowser.tabs.onUpdated.trigger(tabId, { url }, { ...tab, url, active: true });
}

const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('badgeText', () => {
  it('fits the count in four characters and shows nothing for none', () => {
    expect(badgeText(137)).toBe('137');
    expect(badgeText(1234)).toBe('1.2k');
    expect(badgeText(25_400)).toBe('25k');
    expect(badgeText(3_000_000)).toBe('3M');
    expect(badgeText(0)).toBe('');
    expect(badgeText(null)).toBe('');
  });
});

describe('startBadge', () => {
  let permissions: ReturnType<typeof fakePermissions>;
  const countFor = vi.fn(async (domain: string) => (domain === 'stripe.com' ? 137 : 0));

  beforeEach(() => {
    fakeBrowser.reset();
    countFor.mockClear();
    permissions = fakePermissions();
    active = null;
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info) =>
      info.active ? (active ? [{ ...(await fakeBrowser.tabs.get(active.id))!, active: true }] : []) : query(info));
  });

  it('is off by default: no domain leaves the browser', async () => {
    startBadge({ countFor });
    const tabId = await openActiveTab('https://www.stripe.com/jobs');
    await navigate(tabId, 'https://www.stripe.com/about');
    await new Promise((r) => setTimeout(r, 20));
    expect(countFor).not.toHaveBeenCalled();
    expect(await badgeOf(tabId)).toBe('');
  });

  it('stays off when turned on without the tabs permission', async () => {
    startBadge({ countFor });
    const tabId = await openActiveTab('https://www.stripe.com/jobs');
    await badgeEnabled.setValue(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(countFor).not.toHaveBeenCalled();
    expect(await badgeOf(tabId)).toBe('');
  });

  it('shows the count of the active tab once on and granted, and follows navigation', async () => {
    startBadge({ countFor });
    const tabId = await openActiveTab('https://www.stripe.com/jobs');
    await badgeEnabled.setValue(true);
    permissions.grant();
    await vi.waitFor(async () => expect(await badgeOf(tabId)).toBe('137'));
    expect(countFor).toHaveBeenCalledWith('stripe.com');

    await navigate(tabId, 'chrome://newtab/');
    await vi.waitFor(async () => expect(await badgeOf(tabId)).toBe(''));

    const other = await openActiveTab('https://blog.stripe.com/post');
    await vi.waitFor(async () => expect(await badgeOf(other)).toBe('137'));
  });

  it('clears the badge and turns itself off when the permission is removed', async () => {
    startBadge({ countFor });
    const tabId = await openActiveTab('https://www.stripe.com/jobs');
    await badgeEnabled.setValue(true);
    permissions.grant();
    await vi.waitFor(async () => expect(await badgeOf(tabId)).toBe('137'));

    permissions.revoke();
    await vi.waitFor(async () => expect(await badgeOf(tabId)).toBe(''));
    expect(await badgeEnabled.getValue()).toBe(false);
  });

  it('shows nothing when the count cannot be had', async () => {
    startBadge({ countFor: async () => { throw new Error('offline'); } });
    await badgeEnabled.setValue(true);
    permissions.grant();
    const tabId = await openActiveTab('https://www.stripe.com/jobs');
    await new Promise((r) => setTimeout(r, 20));
    expect(await badgeOf(tabId)).toBe('');
  });
});
