import { options } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { afterFirstFrame, firstFrameDrawn } from '@/lib/first-frame';

/** False during the renders before the page's first frame is drawn (lib/first-frame.ts), then true (one more render). */
export function useFirstFrameDrawn(): boolean {
  const [seen, setSeen] = useState(firstFrameDrawn);
  useLayoutEffect(() => {
    if (!seen) afterFirstFrame(() => setSeen(true));
  }, []);
  return seen;
}

/**
 * Preact's effects wait for the first frame to be drawn, then run at once (not on the next frame, as Preact
 * would: the views' effects ask for what they show). The popup's start calls this before its first render.
 */
export function effectsAfterFirstFrame(): void {
  firstFrameDrawn();
  (options as { requestAnimationFrame?: (run: () => void) => void }).requestAnimationFrame = afterFirstFrame;
}
