import { browser } from 'wxt/browser';

/**
 * Injected into the page (serialized, so it must use nothing from outside itself): frames card.html in a closed
 * shadow root, on top of the page. Inline `!important` styles on a custom element keep page styles off the
 * host; the card's own styles live in its frame, so nothing leaks either way.
 */
function frameCard(token: string, title: string): void {
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

  function close() {
    host.remove();
    window.removeEventListener('message', onMessage);
    document.removeEventListener('keydown', onKey, true);
    own.__quarryCloseCard = undefined;
    before?.focus?.();
  }
  // Only the card's own frame may close or size it; the page can post messages too, but not as that frame.
  function onMessage(event: MessageEvent) {
    if (event.source !== frame.contentWindow) return;
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
  window.addEventListener('message', onMessage);
  document.addEventListener('keydown', onKey, true);
  frame.addEventListener('load', () => frame.focus());
  document.documentElement.append(host);
}

/** Shows the card for `token` in a tab; throws where no script may run. */
export async function injectCard(tabId: number, token: string, title: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: frameCard, args: [token, title] });
}
