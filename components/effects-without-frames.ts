import { options } from 'preact';

// Preact runs effects after the next animation frame, or after 35 ms without one. A page the browser has not
// shown yet gets no frames: the toolbar popup until it has loaded, a card framed into a page still settling.
// Our effects start the questions a view shows the answers of; they run as soon as the render is done instead.
(options as { requestAnimationFrame?: (run: () => void) => void }).requestAnimationFrame = (run) => setTimeout(run);
