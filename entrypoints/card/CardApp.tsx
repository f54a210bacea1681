import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ListChoiceProvider } from '@/components/leads/list-choice';
import { MenuAnswer } from '@/components/recent/MenuAnswer';
import { t } from '@/lib/i18n';
import type { Reply, ResponseOf } from '@/lib/messaging/protocol';
import type { CardView } from '@/lib/recent/types';
import type { HostLine } from './host-port';
import { useSeenByUser } from './use-seen-by-user';

/** The card's content grows and shrinks: the frame follows it, so nothing inside scrolls twice. */
function useReportHeight(host: HostLine) {
  useEffect(() => {
    const report = () => host.post({ quarryCard: 'height', height: document.documentElement.scrollHeight });
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [host]);
}

/** What the card shows for the background's reply to its token. */
export function viewOf(reply: Reply<ResponseOf<'cardAnswer'>>): CardView {
  return reply.ok ? reply.data : { state: 'error', error: reply.error };
}

/**
 * The in-page card: the answer the background kept for this card's one-time token, with its actions. `answer`:
 * what to show, asked before the first render; `first`: that answer when it was already in for the first render;
 * `host`: the line to the content script that framed the card, which asks it to size or remove the card.
 */
export function CardApp({ host, first, answer }: { host: HostLine; first: CardView | null; answer: Promise<CardView> }) {
  const [view, setView] = useState<CardView | null>(first);
  const card = useRef<HTMLElement>(null);
  const seen = useSeenByUser(card);
  const heading = useRef<HTMLHeadingElement>(null);
  // After the key or click that asked has been handled: a frame removed while its input event is still being
  // acknowledged leaves that input hanging in Chromium.
  const closeCard = () => setTimeout(() => host.post({ quarryCard: 'close' }), 0);
  useReportHeight(host);

  // A layout effect: the answer is shown as soon as it is in, not after a frame.
  useLayoutEffect(() => {
    if (!first) void answer.then(setView);
  }, [first, answer]);

  useEffect(() => {
    const focusHeading = () => heading.current?.focus();
    focusHeading();
    // The host moves the page's focus into the frame once it has loaded, which leaves the frame's own focus on its
    // body: if that comes after the first render, the heading takes it back then.
    const onFrameFocused = () => {
      if (document.activeElement === document.body) focusHeading();
    };
    window.addEventListener('focus', onFrameFocused, { once: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeCard();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('focus', onFrameFocused);
      document.removeEventListener('keydown', onKey);
    };
  }, [host]);

  return (
    <ListChoiceProvider>
      <main class="quarry-card stack" aria-labelledby="card-heading" ref={card}>
        <header class="card-head row">
          <h1 id="card-heading" tabIndex={-1} ref={heading}>{t('card_heading')}</h1>
          <button type="button" class="card-close" onClick={closeCard} aria-label={t('card_close')} title={t('card_close')}>
            ×
          </button>
        </header>
        {view === null ? (
          <div class="card-skeleton" role="status" aria-label={t('card_searching')}>
            <span class="skeleton">{t('card_searching')}</span>
          </div>
        ) : (
          <fieldset class="bare" disabled={!seen}>
            <MenuAnswer view={view} listPicker />
          </fieldset>
        )}
        {!seen && <p class="alert warn" role="status">{t('card_hiddenByPage')}</p>}
      </main>
    </ListChoiceProvider>
  );
}
