import { browser } from 'wxt/browser';
import { SANDBOX_DEMO_KEY } from '@/lib/build-mode';
import { createResponseCache } from '@/lib/cache/response-cache';
import { forgetPopupAnswers } from '@/lib/site/popup-snapshot';
import { keyHandlers, seedDemoKey } from '@/lib/background/handlers/key-handlers';
import { lookupHandlers, resumeVerifications } from '@/lib/background/handlers/lookup-handlers';
import { leadHandlers } from '@/lib/background/handlers/lead-handlers';
import { domainHandlers } from '@/lib/background/handlers/domain-handlers';
import { patternHandlers } from '@/lib/background/handlers/pattern-handlers';
import { popupHandlers } from '@/lib/background/handlers/popup-handlers';
import { saveLeadHandlers } from '@/lib/background/handlers/save-lead-handlers';
import { clientWithKey } from '@/lib/background/hunter-access';
import { sessionWindowStore } from '@/lib/background/rate-windows';
import { sharedRateLimiter } from '@/lib/hunter/rate-limiter';
import { createOutbox } from '@/lib/outbox/outbox';
import { settleOutbox, startOutboxDelivery } from '@/lib/outbox/delivery';
import { createRouter, type Handlers } from '@/lib/background/router';
import { startBadge } from '@/lib/badge/badge-updater';
import { badgeCountSource } from '@/lib/background/badge-source';
import { startCachePruning } from '@/lib/background/cache-pruning';
import { pageHandlers } from '@/lib/background/handlers/page-handlers';
import { recentHandlers } from '@/lib/background/handlers/recent-handlers';
import { createCardTokens } from '@/lib/background/card-tokens';
import { createdMenus, createMenus, menuClickHandler } from '@/lib/background/context-menus';
import { createRecentStore } from '@/lib/recent/recent-store';
import { startBulkJobs } from '@/lib/background/bulk-jobs';
import { bulkLeadHandlers } from '@/lib/background/handlers/bulk-lead-handlers';
import { createJobStore } from '@/lib/bulk/job-store';
import { peopleHandlers } from '@/lib/background/handlers/people-handlers';

export default defineBackground(() => {
  // Before any request: a worker restarted by this event must see the windows of the one that stopped.
  sharedRateLimiter.useStore(sessionWindowStore);
  const cache = createResponseCache();
  const outbox = createOutbox({
    client: async () => (await clientWithKey()).client.leads,
    lists: async () => (await clientWithKey()).client.leadsLists,
  });
  const delivery = startOutboxDelivery(outbox);
  const recent = createRecentStore();
  const cardTokens = createCardTokens();
  const lookups: Pick<Handlers, 'emailFinder' | 'domainSearch' | 'emailCount'> = {
    emailFinder: (d) => handlers.emailFinder(d),
    domainSearch: (d) => handlers.domainSearch(d),
    emailCount: (d) => handlers.emailCount(d),
  };
  const handlers: Handlers = {
    ...keyHandlers({
      // What waits goes out under the key it was made with; what cannot is shown as not sent, never replayed
      // into the new account.
      settle: ({ keyChanged }) => (keyChanged ? settleOutbox(outbox, delivery) : Promise.resolve()),
      // Cached answers belong to an account and an API: a new key or base starts afresh.
      forget: async () => {
        await cache.clear();
        await forgetPopupAnswers();
      },
    }),
    ...lookupHandlers(cache),
    ...leadHandlers,
    ...domainHandlers,
    ...patternHandlers(cache),
    ...popupHandlers(lookups, () => recent.hasPopupView()),
    ...saveLeadHandlers(outbox, delivery),
    ...pageHandlers,
    ...peopleHandlers,
    // The menu's lookups go through the same cached handlers as the popup's: one path to the API.
    ...recentHandlers(recent, cardTokens, lookups),
    // Bulk jobs resume at every worker start; their calls wait behind the popup's and the menu's.
    ...startBulkJobs(cache, async (fresh) => (await handlers.account(fresh ? { refresh: true } : {})).value.data),
    // "Save all as leads" on a job's results: through the outbox like every other lead write.
    ...bulkLeadHandlers({ store: createJobStore(), outbox, deliver: () => void delivery.deliverNow().catch(() => undefined) }),
  };
  // Not through handlers.emailCount: the badge sees every site, and the persistent cache must not list them.
  startBadge({ countFor: badgeCountSource(cache).countFor });
  startCachePruning(cache);
  const route = createRouter({ ownId: browser.runtime.id, ownOrigin: browser.runtime.getURL('/'), handlers });
  const demoKeyReady = seedDemoKey(SANDBOX_DEMO_KEY);
  // A verification a stopped worker was polling goes on to its verdict, so the cache has it when the popup asks again.
  void demoKeyReady.then(() => resumeVerifications(handlers.emailVerifier));
  browser.runtime.onMessage.addListener(async (message, sender) => {
    delivery.nudge();
    await demoKeyReady;
    return route(message, sender);
  });

  // Right-click "Find email": items made on install, the click listener registered at once so a click wakes the worker.
  const onMenuClick = menuClickHandler({ handlers: lookups, recent, tokens: cardTokens });
  browser.runtime.onInstalled.addListener(() => void createMenus());
  // Firefox forgets the menus of a persistent background page when it restarts: make them at each start.
  if (import.meta.env.FIREFOX) void createMenus();
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  // Native menus cannot be clicked by a test: the e2e build alone exposes the same handler.
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as { __quarryTest?: unknown }).__quarryTest = { clickMenu: onMenuClick, menus: createdMenus };
  }
});
