import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askMarked, forgetAsked, pendingVerifications } from './lost-answers';

const SEARCH = { endpoint: 'domain-search', params: { domain: 'stripe.com', limit: 10, offset: 0 } };
const VERIFY = { endpoint: 'email-verifier', params: { email: 'slow.patrick@stripe.com' } };

describe('paid questions a stopped worker had out', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a question left marked by a stopped worker is not sent again on its own: "interrupted", then Try again sends it', async () => {
    // The first worker sends the search and is stopped before the answer: its mark stays.
    void askMarked('k', SEARCH, () => new Promise(() => undefined));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('asked:k')).not.toEqual({}));

    const send = vi.fn(async () => 'answer');
    await expect(askMarked('k', SEARCH, send)).rejects.toMatchObject({ info: { kind: 'interrupted' } });
    expect(send).not.toHaveBeenCalled();
    await expect(askMarked('k', SEARCH, send)).resolves.toBe('answer');
    expect(send).toHaveBeenCalledOnce();
  });

  it('a verification the API answered 202 for is polled again (counted once by the API) and listed for resuming', async () => {
    void askMarked('v', VERIFY, (onPending) => {
      onPending();
      return new Promise(() => undefined);
    });
    await vi.waitFor(async () => expect(await pendingVerifications()).toHaveLength(1));
    expect((await pendingVerifications())[0]).toMatchObject(VERIFY);
    // Ten minutes on, nobody is waiting for it any more.
    expect(await pendingVerifications(Date.now() + 10 * 60_000)).toEqual([]);

    const poll = vi.fn(async () => 'valid');
    await expect(askMarked('v', VERIFY, poll)).resolves.toBe('valid');
    expect(poll).toHaveBeenCalledOnce();
  });

  it('an answered question leaves no mark', async () => {
    await askMarked('k', SEARCH, async () => 'answer');
    await forgetAsked('k');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await pendingVerifications()).toEqual([]);
  });
});
