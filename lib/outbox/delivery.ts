import { browser } from 'wxt/browser';
import type { Outbox } from './outbox';
import type { OutboxItem } from './types';

// When the outbox is tried: the moment an item is written, at worker start (and browser start, which wakes
// the worker), on any message (cheap check), when the network comes back, and when the next item is due — by a
// timer while the worker lives and by an alarm when it sleeps (a stopped MV3 worker loses its timers, not its
// alarms, and a browser restart keeps the alarm).

const ALARM = 'quarry-outbox-retry';
/** Chrome does not fire alarms sooner than 30 s. */
const ALARM_MIN_DELAY_MS = 30_000;

export interface OutboxDelivery {
  /** On every message: delivers only if the head of the queue is due. Never throws. */
  nudge(): void;
  /** Delivers what is due; `force` (the user's "Retry now") also what waits out a backoff. */
  deliverNow(force?: boolean): Promise<void>;
  /** Delivers now and answers this item once its lead is done with it (delivered, failed, or waiting). */
  deliverItem(id: string): Promise<OutboxItem | null>;
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
    timer = setTimeout(() => quietly(deliverNow()), wait);
    await browser.alarms?.create(ALARM, { when: Date.now() + Math.max(wait, ALARM_MIN_DELAY_MS) });
  }

  async function deliverNow(force = false): Promise<void> {
    try {
      await outbox.deliver({ force });
    } finally {
      await plan();
    }
  }

  const quietly = (work: Promise<void>) => void work.catch((error) => console.warn('Quarry outbox:', error));

  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) quietly(deliverNow());
  });
  globalThis.addEventListener?.('online', () => quietly(deliverNow(true)));
  // A listener is what makes the browser start the worker at launch: a write left waiting goes out then.
  browser.runtime.onStartup?.addListener(() => quietly(deliverNow(true)));
  quietly(deliverNow());

  return {
    nudge: () => quietly(outbox.deliverIfDue().then((ran) => (ran ? plan() : undefined))),
    deliverNow,
    async deliverItem(id) {
      try {
        return await outbox.deliverItem(id);
      } finally {
        await plan();
      }
    },
    plan,
  };
}

/** How long a key change waits for what is pending to go out under the old key. */
const SETTLE_MS = 15_000;

/** Before the key changes: deliver what waits (bounded), then mark what is left as not sent (key_changed). */
export async function settleOutbox(outbox: Outbox, delivery: OutboxDelivery, settleMs = SETTLE_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, settleMs)));
  await Promise.race([delivery.deliverNow(true).catch(() => undefined), timeUp]);
  clearTimeout(timer);
  await outbox.failPending({ kind: 'key_changed', status: null, message: 'The API key changed before this was sent' });
}
