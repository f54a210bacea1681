import { clientWithKey } from '../hunter-access';
import type { Handlers } from '../router';

export type LeadHandlers = Pick<
  Handlers,
  | 'leadsList' | 'leadGet' | 'leadCreate' | 'leadExist'
  | 'listsList' | 'listGet' | 'listCreate' | 'listUpdate' | 'listDelete'
>;

const api = async () => (await clientWithKey()).client;

/** Leads and leads lists straight to the API: they are the user's own records, never cached. */
export const leadHandlers: LeadHandlers = {
  leadsList: async (filter) => (await api()).leads.list(filter),
  leadGet: async ({ id }) => (await api()).leads.get(id),
  leadCreate: async (input) => (await api()).leads.create(input),
  // leadUpdate and leadDelete live in save-lead-handlers.ts: they fall back to the outbox when offline.
  leadExist: async ({ email }) => (await api()).leads.exist(email),

  listsList: async (page) => (await api()).leadsLists.list(page),
  listGet: async ({ id, ...page }) => (await api()).leadsLists.get(id, page),
  listCreate: async (input) => (await api()).leadsLists.create(input),
  listUpdate: async ({ id, changes }) => {
    await (await api()).leadsLists.update(id, changes);
    return null;
  },
  listDelete: async ({ id }) => {
    await (await api()).leadsLists.delete(id);
    return null;
  },
};
