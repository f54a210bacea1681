import { browser } from 'wxt/browser';
import type { Message, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** Asks the background; never throws: a failure comes back as `{ ok: false, error }`. */
export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<Reply<ResponseOf<K>>> {
  const message: Message<K> = { type, data };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<ResponseOf<K>> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, error: { kind: 'internal', status: null, message: 'No answer from the background' } };
  } catch (error) {
    return { ok: false, error: { kind: 'internal', status: null, message: String(error) } };
  }
}
