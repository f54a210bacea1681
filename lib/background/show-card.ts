import { browser } from 'wxt/browser';

/**
 * Injected into the page (serialized, so it must use nothing from outside itself): frames card.html in a closed
 * shadow root, on top of the page. Inline `!important` styles on a custom element keep page styles off the
 * host; the card's own styles live in its frame, so nothing leaks either way.
 *
 * Returns false, and shows nothing, where the browser cannot tell whether the page hides or fades the card
 * (no IntersectionObserver v2, as in Firefox): a page could then lay the card under a decoy and harvest paid
 * clicks, so the answer goes to the popup instead. This runs in the extension's isolated world, whose
 * prototypes the page cannot touch.
 *
 * The card and this script talk over a MessageChannel handed to the card's frame alone (proved by its token,
 * which only the closed shadow root holds): nothing is posted with '*', so the page never gets the card's window.
 */
function frameCard(token: string, title: string): boolean {
  if (typeof IntersectionObserverEntry === 'undefined' || !('isVisible' in IntersectionObserverEntry.prototype)) return false;
  const own = globalThis as unknown as { __quarryCloseCard?: () => void };
  own.__quarryCloseCard?.();
  const host = document.createElement('quarry-card');
  const css: Record<string, string> = {
    all: 'initial', display: 'block', position: 'fixed', top: '16px', right: '16px', width: '380px', height: '240px',
    'max-height': 'calc(100vh - 32px)', 'max-width': 'calc(100vw - 32px)', 'z-index': '2147483647',
  };
  for (const [name, value] of Object.entries(css)) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL(`/card.html?token=${token}`);
  frame.title = title;
  // `*`: the per-session card URL's origin differs from the one the document gets, so the default allowlist misses it.
  frame.allow = 'clipboard-write *';
  frame.setAttribute('style', 'border:0;width:100%;height:100%;display:block;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.3);background:transparent;color-scheme:normal');
  root.append(frame);
  const before = document.activeElement as HTMLElement | null;
  let port: MessagePort | null = null;

  function close() {
    host.remove();
    port?.close();
    document.removeEventListener('keydown', onKey, true);
    own.__quarryCloseCard = undefined;
    before?.focus?.();
  }
  function onCardMessage(event: MessageEvent) {
    const data = event.data as { quarryCard?: string; height?: number } | null;
    if (data?.quarryCard === 'close') close();
    if (data?.quarryCard === 'height' && typeof data.height === 'number') {
      host.style.setProperty('height', `${Math.min(Math.max(Math.ceil(data.height), 120), 640)}px`, 'important');
    }
  }
  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') close();
  }
  own.__quarryCloseCard = close;
  document.addEventListener('keydown', onKey, true);
  // A new line at every load: the frame may first load an empty document, which the origin check skips.
  frame.addEventListener('load', () => {
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = onCardMessage;
    // The card's document lives at the extension's own origin (the frame's per-session URL only leads there).
    frame.contentWindow?.postMessage({ quarryCard: 'port', token }, `chrome-extension://${chrome.runtime.id}`, [channel.port2]);
    frame.focus();
  });
  document.documentElement.append(host);
  return true;
}

/**
 * Shows the card for `token` in a tab. False where the card cannot be shown safely (see frameCard); throws where
 * no script may run. Either way the caller answers in the popup.
 */
export async function injectCard(tabId: number, token: string, title: string): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: frameCard, args: [token, title] });
  return result?.result === true;
}
