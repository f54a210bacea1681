import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// lib/first-frame.ts and the popup's Preact side of it: fresh modules per test (they keep whether the page's
// first frame is drawn), with the browser's animation frames under the test's hand.
let frames: Array<() => void>;
async function freshModule() {
  vi.resetModules();
  return import('@/lib/first-frame');
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (draw: () => void) => frames.push(draw));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstFrame', () => {
  it('holds work until the first frame is drawn, then runs it once, in a task after the frame', async () => {
    const { afterFirstFrame } = await freshModule();
    const work = vi.fn();
    afterFirstFrame(work);
    await vi.advanceTimersByTimeAsync(100);
    expect(work).not.toHaveBeenCalled();

    frames.shift()!(); // the browser draws the first frame
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(work).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs later work in a task of its own once the frame is drawn', async () => {
    const { afterFirstFrame } = await freshModule();
    afterFirstFrame(() => undefined);
    frames.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    const later = vi.fn();
    afterFirstFrame(later);
    expect(later).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('goes on after 300 ms for a page that is never drawn (a tab in the background)', async () => {
    const { afterFirstFrame } = await freshModule();
    const work = vi.fn();
    afterFirstFrame(work);
    await vi.advanceTimersByTimeAsync(299);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('effectsAfterFirstFrame', () => {
  it("makes Preact's effects wait for the first frame, then run without waiting for another", async () => {
    vi.resetModules();
    const { effectsAfterFirstFrame } = await import('./first-frame');
    const { options } = await import('preact');
    effectsAfterFirstFrame();
    const schedule = (options as { requestAnimationFrame?: (run: () => void) => void }).requestAnimationFrame!;
    const effects = vi.fn();
    schedule(effects);
    await vi.advanceTimersByTimeAsync(50);
    expect(effects).not.toHaveBeenCalled();
    frames.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(effects).toHaveBeenCalledTimes(1);
    schedule(effects);
    await vi.advanceTimersByTimeAsync(0);
    expect(effects).toHaveBeenCalledTimes(2);
    expect(frames).toHaveLength(0); // never another frame's wait
  });
});
