import { browser } from 'wxt/browser';
import { SANDBOX_DEMO_KEY } from '@/lib/build-mode';
import { createResponseCache } from '@/lib/cache/response-cache';
import { keyHandlers, seedDemoKey } from '@/lib/background/handlers/key-handlers';
import { lookupHandlers } from '@/lib/background/handlers/lookup-handlers';
import { leadHandlers } from '@/lib/background/handlers/lead-handlers';
import { domainHandlers } from '@/lib/background/handlers/domain-handlers';
import { saveLeadHandlers } from '@/lib/background/handlers/save-lead-handlers';
import { clientWithKey } from '@/lib/background/hunter-access';
import { createOutbox } from '@/lib/outbox/outbox';
import { startOutboxDelivery } from '@/lib/outbox/delivery';
import { createRouter, type Handlers } from '@/lib/background/router';
import { startBadge } from '@/lib/badge/badge-updater';

export default defineBackground(() => {
  const cache = createResponseCache();
  const outbox = createOutbox({ client: async () => (await clientWithKey()).client.leads });
  const delivery = startOutboxDelivery(outbox);
  const handlers: Handlers = {
    ...keyHandlers(async () => {
      // Cached answers belong to an account and an API: a new key or base starts afresh.
      await cache.clear();
    }),
    ...lookupHandlers(cache),
    ...leadHandlers,
    ...domainHandlers,
    ...saveLeadHandlers(outbox, delivery),
  };
  startBadge({ countFor: async (domain) => (await handlers.emailCount({ domain })).value.data.total });
  const route = createRouter({ ownId: browser.runtime.id, ownOrigin: browser.runtime.getURL('/'), handlers });
  browser.runtime.onMessage.addListener((message, sender) => {
    delivery.nudge();
    return route(message, sender);
  });

  browser.runtime.onInstalled.addListener(() => {
    void seedDemoKey(SANDBOX_DEMO_KEY);
  });
});
