import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/effects-without-frames';
import '@/components/theme.css';
import { t } from '@/lib/i18n';
import { answerWithin } from '@/lib/answer-within';
import { send } from '@/lib/messaging/send';
import './card.css';
import { CardApp, viewOf } from './CardApp';
import { connectToHost } from './host-port';

// An unlisted script, not an HTML entrypoint: WXT bundles it whole into one classic script (card.js, with its
// styles in assets/card.css), which public/card.html loads. A page entrypoint would load a chain of module chunks
// first, and a just-framed card has to wait for each of them.

/**
 * How long the first render waits for the answer. The menu click started the lookup while the card was framed, so
 * it is usually in by then and drawn in the first render, without a placeholder flashing before it.
 */
const FIRST_RENDER_WAIT_MS = 100;

export default defineUnlistedScript(() => {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = t('card_frameTitle');
  const token = new URLSearchParams(location.search).get('token') ?? '';
  // Listening before anything else: the host hands its port over once the frame has loaded, which may come
  // before the first render.
  const host = connectToHost(token);
  const answer = send('cardAnswer', { token }).then(viewOf);
  void answerWithin(answer, FIRST_RENDER_WAIT_MS).then((first) => {
    render(<CardApp host={host} first={first} answer={answer} />, document.getElementById('app')!);
  });
});
