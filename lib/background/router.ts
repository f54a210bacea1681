import type { Runtime } from 'webextension-polyfill';
import { isMessage, type MessageType, type Reply, type RequestOf, type ResponseOf } from '../messaging/protocol';
import { classifySender, mayAsk } from './sender-policy';
import { toReplyError } from './app-error';

export type Handler<K extends MessageType> = (data: RequestOf<K>) => Promise<ResponseOf<K>>;
export type Handlers = { [K in MessageType]: Handler<K> };

export interface RouterOptions {
  ownId: string;
  ownOrigin: string;
  handlers: Handlers;
}

/** The one onMessage listener: checks who asks, runs the handler, turns every failure into a plain reply. */
export function createRouter({ ownId, ownOrigin, handlers }: RouterOptions) {
  return async function route(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    if (!isMessage(message) || !Object.hasOwn(handlers, message.type)) {
      return { ok: false, error: { kind: 'invalid_input', status: null, message: 'Unknown message' } };
    }
    const type = message.type;
    if (!mayAsk(classifySender(sender, ownId, ownOrigin), type)) {
      return { ok: false, error: { kind: 'not_allowed', status: null, message: `Not allowed: ${type}` } };
    }
    try {
      const handler = handlers[type] as Handler<typeof type>;
      const data = await handler(message.data as RequestOf<typeof type>);
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: toReplyError(error) };
    }
  };
}
