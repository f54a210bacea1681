import { options } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

// The toolbar popup is shown once its page has loaded, and its first frame is the answer the user waits for:
// script that runs before that frame (a second render, effects asking for the account or the lists) delays the
// load, then the frame itself. Such work waits here until the first frame is drawn: the first animation frame
// comes as the browser draws it, the task after it once drawn. A page never drawn (a tab in the background)
// goes on after FALLBACK_MS, as without this.

const FALLBACK_MS = 300;
let drawn = false;
let watching = false;
const waiting: Array<() => void> = [];

function watch() {
  if (watching) return;
  watching = true;
  const done = () => {
    if (drawn) return;
    drawn = true;
    for (const run of waiting.splice(0)) run();
  };
  requestAnimationFrame(() => setTimeout(done));
  setTimeout(done, FALLBACK_MS);
}

/** Runs `run` in a task of its own once the page's first frame is drawn. */
export function afterFirstFrame(run: () => void): void {
  watch();
  if (drawn) setTimeout(run);
  else waiting.push(run);
}

/** False during the renders before the first frame is drawn, then true (one more render). */
export function useFirstFrameDrawn(): boolean {
  const [seen, setSeen] = useState(drawn);
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
  watch();
  (options as { requestAnimationFrame?: (run: () => void) => void }).requestAnimationFrame = afterFirstFrame;
}
