import { browser } from 'wxt/browser';
import { askBackground } from './ask-background';
import type { MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** Asks the background; never throws: a failure comes back as `{ ok: false, error }`. */
export function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<Reply<ResponseOf<K>>> {
  return askBackground((message) => browser.runtime.sendMessage(message), type, data);
}
