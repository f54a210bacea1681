export type HostMessage = { quarryCard: 'close' } | { quarryCard: 'height'; height: number };

export interface HostLine {
  post(message: HostMessage): void;
}

/**
 * The card's line to the content script that framed it. That script hands over one end of a MessageChannel,
 * with the card's token (which only it and the card know); any other message, the page's included, is ignored.
 * Nothing is posted to the parent window with '*', which would give the page a handle on the card's window.
 */
export function connectToHost(token: string, from: Window = window): HostLine {
  let port: MessagePort | null = null;
  const waiting: HostMessage[] = [];
  function onMessage(event: MessageEvent) {
    const data = event.data as { quarryCard?: unknown; token?: unknown } | null;
    if (port || event.source !== from.parent || data?.quarryCard !== 'port' || !token || data.token !== token) return;
    const handed = event.ports[0];
    if (!handed) return;
    port = handed;
    from.removeEventListener('message', onMessage);
    for (const message of waiting.splice(0)) port.postMessage(message);
  }
  from.addEventListener('message', onMessage);
  return {
    post(message) {
      if (port) port.postMessage(message);
      else waiting.push(message);
    },
  };
}
