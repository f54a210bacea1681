import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupOpening, Reply } from '../messaging/protocol';

const send = vi.fn();
vi.mock('../messaging/send', () => ({ send }));

const opening = { ok: true, data: { tabId: 7 } } as unknown as Reply<PopupOpening>;

async function freshOpening() {
  vi.resetModules();
  return import('./opening');
}

describe("the popup's opening", () => {
  afterEach(() => {
    delete (globalThis as { popupBoot?: unknown }).popupBoot;
    send.mockReset();
  });

  it("takes what the popup's first script already asked, and asks the background nothing more", async () => {
    const asked = Promise.resolve(opening);
    (globalThis as { popupBoot?: unknown }).popupBoot = { opening: asked, snapshot: Promise.resolve(null) };
    const { startOpening, firstOpening } = await freshOpening();
    expect(startOpening('')).toBe(asked);
    expect(await firstOpening('')).toBe(opening);
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background itself when the first script did not run', async () => {
    send.mockResolvedValue(opening);
    const { startOpening } = await freshOpening();
    expect(await startOpening('?tab=12')).toBe(opening);
    expect(send).toHaveBeenCalledExactlyOnceWith('openPopup', { tabId: 12 });
  });
});
