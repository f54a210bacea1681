import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HunterError, type AccountData, type HunterClient } from '../hunter';
import { forgetSpentQuota, guardPaidCalls, noteAccount, spentFamily } from './spent-quota';

const NOW = Date.parse('2026-12-01T01:00:00Z');

function account(searchesUsed: number, verificationsUsed = 0, resetDate = '2027-01-01'): AccountData {
  return {
    reset_date: resetDate,
    requests: { searches: { used: searchesUsed, available: 500 }, verifications: { used: verificationsUsed, available: 1000 } },
  } as unknown as AccountData;
}

/** A client whose paid calls answer 429 while `quotaLeft` is false, and count what reaches it. */
function fakeClient(state: { quotaLeft: boolean; account: AccountData }) {
  const sent: string[] = [];
  const paid = (name: string) => vi.fn(async () => {
    sent.push(name);
    if (!state.quotaLeft) throw new HunterError('quota_exceeded', { status: 429 });
    return { data: {} };
  });
  const client = {
    domainSearch: paid('domain-search'),
    emailFinder: paid('email-finder'),
    emailVerifier: paid('email-verifier'),
    account: vi.fn(async () => ({ data: state.account })),
  } as unknown as HunterClient;
  return { client: guardPaidCalls(client, () => NOW), sent };
}

describe('a spent quota holds every paid call back', () => {
  beforeEach(() => fakeBrowser.reset());

  it('after one 429 on a search, no further search or finder call is sent; verifications still go', async () => {
    const state = { quotaLeft: false, account: account(500) };
    const { client, sent } = fakeClient(state);
    await expect(client.domainSearch({ domain: 'stripe.com' })).rejects.toMatchObject({ kind: 'quota_exceeded', status: 429 });
    await expect(client.domainSearch({ domain: 'asana.com' })).rejects.toMatchObject({ kind: 'quota_exceeded', status: null });
    await expect(client.emailFinder({ domain: 'asana.com', first_name: 'Dustin', last_name: 'Moskovitz' })).rejects.toMatchObject({ kind: 'quota_exceeded' });
    state.quotaLeft = true;
    await client.emailVerifier({ email: 'patrick@stripe.com' });
    expect(sent).toEqual(['domain-search', 'email-verifier']);
  });

  it('the free account call showing used ≥ available is enough: nothing paid goes out until the reset date', async () => {
    const state = { quotaLeft: false, account: account(500, 1000) };
    const { client, sent } = fakeClient(state);
    await client.account();
    expect(await spentFamily('searches', NOW)).toEqual({ resetDate: '2027-01-01' });
    await expect(client.domainSearch({ domain: 'stripe.com' })).rejects.toMatchObject({ kind: 'quota_exceeded' });
    await expect(client.emailVerifier({ email: 'patrick@stripe.com' })).rejects.toMatchObject({ kind: 'quota_exceeded' });
    expect(sent).toEqual([]);
    // On the reset date the credits are back: the call goes out again.
    expect(await spentFamily('searches', Date.parse('2027-01-01T00:00:00Z'))).toBeNull();
  });

  it('an account that shows credits left (an upgrade) lets paid calls out again', async () => {
    const state = { quotaLeft: false, account: account(500) };
    const { client, sent } = fakeClient(state);
    await client.account();
    state.account = account(12);
    state.quotaLeft = true;
    await client.account();
    await client.domainSearch({ domain: 'stripe.com' });
    expect(sent).toEqual(['domain-search']);
  });

  it('a new key forgets what was known of the old plan', async () => {
    await noteAccount(account(500));
    await forgetSpentQuota();
    expect(await spentFamily('searches', NOW)).toBeNull();
  });
});
