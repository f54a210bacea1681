import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// When the popup asks the worker for its opening: at once without a copy of the cached answers, only once the
// copy's frame is drawn with one. Fresh modules per test (the opening is asked once per popup), the worker's
// messages counted, the browser's animation frames under the test's hand.
const sent = vi.fn((_type: string, _data: unknown) => Promise.resolve({ ok: true, data: null }));
vi.mock('../messaging/send', () => ({ send: (type: string, data: unknown) => sent(type, data) }));

let frames: Array<() => void>;
let tabId: number;
beforeEach(async () => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (draw: () => void) => frames.push(draw));
  sent.mockClear();
  fakeBrowser.reset();
  tabId = (await fakeBrowser.tabs.create({ url: 'https://www.stripe.com/jobs', active: true })).id!;
  vi.resetModules();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function rememberCopy() {
  const { rememberForPopup } = await import('./popup-snapshot');
  const answer = { ok: true, data: { value: { data: {} }, fetchedAt: Date.now(), fromCache: true } };
  await rememberForPopup('www.stripe.com', { ok: true, domain: 'stripe.com', display: 'stripe.com' }, { count: answer, search: answer, expiresAt: Date.now() + 60_000 } as never);
}

describe("the popup's opening", () => {
  it('is asked of the worker as soon as the popup knows there is no copy to paint', async () => {
    const { startOpening } = await import('./opening');
    void startOpening(`?tab=${tabId}`);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent).toHaveBeenCalledWith('openPopup', { tabId });
    expect(frames).toHaveLength(0); // it waited for no frame
  });

  it('is asked only once the frame painted from the copy is drawn, then once', async () => {
    await rememberCopy();
    const { openingToPaint } = await import('./opening');
    expect(await openingToPaint(`?tab=${tabId}`, 200)).toMatchObject({ ok: true, data: { site: { domain: 'stripe.com' } } });
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).not.toHaveBeenCalled();

    frames.shift()!(); // the copy's frame is drawn
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent).toHaveBeenCalledWith('openPopup', { tabId });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveBeenCalledTimes(1);
  });
});
