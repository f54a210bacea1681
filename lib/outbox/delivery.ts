import { browser } from 'wxt/browser';
import type { Outbox } from './outbox';

// When the outbox is tried: at worker start, on any message (cheap check), when the network comes back,
// and at the head item's retry time — by a timer while the worker lives and by an alarm when it sleeps
// (an MV3 worker that is stopped loses its timers, not its alarms).

const ALARM = 'quarry-outbox-retry';
/** Chrome does not fire alarms sooner than 30 s. */
const ALARM_MIN_DELAY_MS = 30_000;

export interface OutboxDelivery {
  /** On every message: delivers only if the head of the queue is due. Never throws. */
  nudge(): void;
  /** Tries every pending item now (the user asked, or an item was just queued). */
  deliverNow(): Promise<void>;
  /** Plans the next try after a change to the queue. */
  plan(): Promise<void>;
}

/** Call from the background's main(): wires the listeners synchronously, as MV3 requires. */
export function startOutboxDelivery(outbox: Outbox): OutboxDelivery {
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function plan(): Promise<void> {
    clearTimeout(timer);
    const due = await outbox.nextDueAt();
    if (due === null) {
      await browser.alarms?.clear(ALARM);
      return;
    }
    const wait = Math.max(0, due - Date.now());
    timer = setTimeout(() => void deliverNow(), wait);
    await browser.alarms?.create(ALARM, { when: Date.now() + Math.max(wait, ALARM_MIN_DELAY_MS) });
  }

  async function deliverNow(): Promise<void> {
    try {
      await outbox.deliver();
    } finally {
      await plan();
    }
  }

  const quietly = (work: Promise<void>) => void work.catch((error) => console.warn('Quarry outbox:', error));

  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) quietly(deliverNow());
  });
  globalThis.addEventListener?.('online', () => quietly(deliverNow()));
  quietly(deliverNow());

  return {
    nudge: () => quietly(outbox.deliverIfDue().then((ran) => (ran ? plan() : undefined))),
    deliverNow,
    plan,
  };
}
