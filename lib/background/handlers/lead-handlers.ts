import { clientWithKey } from '../hunter-access';
import type { Handlers } from '../router';

export type LeadHandlers = Pick<
  Handlers,
  'leadsList' | 'leadGet' | 'leadExist' | 'listsList' | 'listGet'
>;

const api = async () => (await clientWithKey()).client;

/**
 * Reading leads and leads lists, straight from the API: the user's own records, never cached. Every write
 * (lead or list) goes through the outbox: save-lead-handlers.ts.
 */
export const leadHandlers: LeadHandlers = {
  leadsList: async (filter) => (await api()).leads.list(filter),
  leadGet: async ({ id }) => (await api()).leads.get(id),
  leadExist: async ({ email }) => (await api()).leads.exist(email),

  listsList: async (page) => (await api()).leadsLists.list(page),
  listGet: async ({ id, ...page }) => (await api()).leadsLists.get(id, page),
};
