import type { Runtime } from 'webextension-polyfill';
import { CONTENT_SCRIPT_MESSAGES, type MessageType } from '../messaging/protocol';

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/** Quarry's own pages are served from its origin; a content script's sender carries the web page's URL. */
export function classifySender(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return 'foreign';
  if (sender.url?.startsWith(ownOrigin)) return 'extension-page';
  return sender.tab ? 'content-script' : 'foreign';
}

export function mayAsk(kind: SenderKind, type: MessageType): boolean {
  if (kind === 'extension-page') return true;
  if (kind === 'content-script') return CONTENT_SCRIPT_MESSAGES.has(type);
  return false;
}
