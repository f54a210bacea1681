import { browser } from 'wxt/browser';
import type { Message, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/**
 * Asked again when the browser stopped the worker before it replied: reads, and the paid questions the background
 * marks while they are out, so a second ask is answered from the cache, joins a resumed verification, or says
 * "interrupted" — it never pays twice (lib/background/lost-answers.ts). Writes are not here: the outbox delivers them.
 */
const ASK_AGAIN: ReadonlySet<MessageType> = new Set<MessageType>([
  'getKeyStatus', 'openPopup', 'account', 'domainSearch', 'emailFinder', 'emailVerifier', 'emailCount', 'knownPattern',
  'resolveDomain', 'pageContext', 'outboxList', 'recentList', 'listsList', 'leadsList',
]);
const LOST_REPLY = /message (port|channel) closed|Receiving end does not exist|Could not establish connection/i;
const ASKS = 3;

/** Asks the background; never throws: a failure comes back as `{ ok: false, error }`. */
export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<Reply<ResponseOf<K>>> {
  const message: Message<K> = { type, data };
  let failure = 'No answer from the background';
  for (let ask = 1; ask <= ASKS; ask++) {
    try {
      const reply = (await browser.runtime.sendMessage(message)) as Reply<ResponseOf<K>> | undefined;
      if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    } catch (error) {
      failure = String(error);
      // The worker stopped with the question: the next message starts a new one, which picks it up.
      if (ASK_AGAIN.has(type) && LOST_REPLY.test(failure)) continue;
    }
    break;
  }
  return { ok: false, error: { kind: 'internal', status: null, message: failure } };
}
