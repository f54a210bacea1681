// The toolbar popup is shown once its page has loaded, and its first frame is the answer the user waits for:
// script that runs before that frame (a second render, effects asking for the account or the lists, a worker
// woken and reading the page) delays the load, then the frame itself, on a machine of two cores. Such work
// waits here until the first frame is drawn: the first animation frame comes as the browser draws it, the task
// after it once drawn. A page never drawn (a tab in the background) goes on after FALLBACK_MS, as without this.

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

/** Whether the page's first frame is drawn (or FALLBACK_MS passed); starts watching for it. */
export function firstFrameDrawn(): boolean {
  watch();
  return drawn;
}

/** Runs `run` in a task of its own once the page's first frame is drawn. */
export function afterFirstFrame(run: () => void): void {
  watch();
  if (drawn) setTimeout(run);
  else waiting.push(run);
}
