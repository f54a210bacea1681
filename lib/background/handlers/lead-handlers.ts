import { clientWithKey } from '../hunter-access';
import type { Handlers } from '../router';

export type LeadHandlers = Pick<
  Handlers,
  | 'leadsList' | 'leadGet' | 'leadCreate' | 'leadUpdate' | 'leadDelete' | 'leadExist'
  | 'listsList' | 'listGet' | 'listCreate' | 'listUpdate' | 'listDelete'
>;

const api = async () => (await clientWithKey()).client;

/** Leads and leads lists straight to the API: they are the user's own records, never cached. */
export const leadHandlers: LeadHandlers = {
  leadsList: async (filter) => (await api()).leads.list(filter),
  leadGet: async ({ id }) => (await api()).leads.get(id),
  leadCreate: async (input) => (await api()).leads.create(input),
  leadUpdate: async ({ id, changes }) => {
    await (await api()).leads.update(id, changes);
    return null;
  },
  leadDelete: async ({ id }) => {
    await (await api()).leads.delete(id);
    return null;
  },
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
