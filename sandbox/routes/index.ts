// The /v2 route table. Order matters where patterns overlap: leads/exist before leads/:id.
import { account } from './account';
import type { Route } from './context';
import { domainSearch } from './domain-search';
import { emailCount } from './email-count';
import { emailFinder } from './email-finder';
import { emailVerifier } from './email-verifier';
import { createLead, deleteLead, getLead, leadExists, listLeads, updateLead } from './leads';
import { createList, deleteList, getList, listLists, updateList } from './leads-lists';

const LEAD = /^\/v2\/leads\/(?<id>[^/]+)$/;
const LIST = /^\/v2\/leads_lists\/(?<id>[^/]+)$/;

export const ROUTES: readonly Route[] = [
  { method: 'GET', path: /^\/v2\/domain-search$/, needsKey: true, rateGroup: 'search', handle: domainSearch },
  { method: 'GET', path: /^\/v2\/email-finder$/, needsKey: true, rateGroup: 'search', handle: emailFinder },
  { method: 'GET', path: /^\/v2\/email-verifier$/, needsKey: true, rateGroup: 'verify', handle: emailVerifier },
  { method: 'GET', path: /^\/v2\/email-count$/, needsKey: false, handle: emailCount },
  { method: 'GET', path: /^\/v2\/account$/, needsKey: true, handle: account },
  { method: 'GET', path: /^\/v2\/leads$/, needsKey: true, handle: listLeads },
  { method: 'POST', path: /^\/v2\/leads$/, needsKey: true, handle: createLead },
  { method: 'GET', path: /^\/v2\/leads\/exist$/, needsKey: true, beyondDocs: true, handle: leadExists },
  { method: 'GET', path: LEAD, needsKey: true, handle: getLead },
  { method: 'PUT', path: LEAD, needsKey: true, handle: updateLead },
  { method: 'DELETE', path: LEAD, needsKey: true, handle: deleteLead },
  { method: 'GET', path: /^\/v2\/leads_lists$/, needsKey: true, handle: listLists },
  { method: 'POST', path: /^\/v2\/leads_lists$/, needsKey: true, handle: createList },
  { method: 'GET', path: LIST, needsKey: true, handle: getList },
  { method: 'PUT', path: LIST, needsKey: true, handle: updateList },
  { method: 'DELETE', path: LIST, needsKey: true, handle: deleteList },
];

export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string | undefined> } | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.path.exec(path);
    if (match) return { route, params: { ...match.groups } };
  }
  return null;
}
