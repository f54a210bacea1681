// /v2/leads: list (filters, paging), exist, get, create, update, delete. All free.
import { ApiFailure, noContent, notFound, ok, wrongParams, type Reply } from '../http';
import { intParam, pathId, textParam } from '../params';
import type { SandboxState } from '../state';
import type { Lead } from '../types';
import type { RouteContext } from './context';
import { readLeadInput, requireObjectBody } from './lead-input';

const FILTERS = ['first_name', 'last_name', 'email', 'company', 'phone_number', 'twitter'] as const;

/** A lead as the leads endpoints show it: its list inlined instead of leads_list_id. */
export function leadJson(state: SandboxState, lead: Lead): Record<string, unknown> {
  const { leads_list_id: listId, ...fields } = lead;
  const list = state.listById(listId);
  return {
    ...fields,
    leads_list: list ? { id: list.id, name: list.name, leads_count: state.leadsCount(list.id), team_id: list.team_id } : null,
  };
}

function findLead(ctx: RouteContext): Lead {
  const id = pathId(ctx.params.id);
  const lead = id === null ? undefined : ctx.state.leads.find((l) => l.id === id);
  if (!lead) throw notFound(`No lead found with id ${ctx.params.id ?? ''}`);
  return lead;
}

function sameEmail(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

function assertNotDuplicate(state: SandboxState, email: string | null, listId: number, exceptId?: number): void {
  if (!email) return;
  const clash = state.leads.find((l) => l.leads_list_id === listId && l.id !== exceptId && sameEmail(l.email, email));
  if (clash) {
    const list = state.listById(listId);
    throw new ApiFailure(422, 'duplicated_entry', `A lead with the email ${email} already exists in the leads list "${list?.name ?? listId}" (lead ${clash.id})`);
  }
}

function assertListExists(state: SandboxState, listId: number): void {
  if (!state.listById(listId)) throw new ApiFailure(422, 'unprocessable_entity', `The leads list ${listId} does not exist`);
}

export function listLeads(ctx: RouteContext): Reply {
  const { query, state } = ctx;
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = intParam(query, 'limit', 20, 1, 100);
  // The docs spell the filter `lead_list_id`; the newer spelling is beyond them.
  if (ctx.state.strict && query.has('leads_list_id')) throw wrongParams('Unknown parameter leads_list_id (the docs spell it lead_list_id)');
  const listName = query.has('leads_list_id') ? 'leads_list_id' : 'lead_list_id';
  const listId = query.has(listName) ? intParam(query, listName, 0, 1, Number.MAX_SAFE_INTEGER) : null;
  const params: Record<string, string | number> = { limit, offset };
  if (listId !== null) params.leads_list_id = listId;
  const filters: Array<[(typeof FILTERS)[number], string]> = [];
  for (const field of FILTERS) {
    const value = textParam(query, field);
    if (value !== null) {
      filters.push([field, value.toLowerCase()]);
      params[field] = value;
    }
  }
  // "The most recent leads appearing first."
  const matches = state.leads
    .filter((l) => (listId === null || l.leads_list_id === listId)
      && filters.every(([field, value]) => (l[field] ?? '').toLowerCase() === value))
    .sort((a, b) => b.id - a.id);
  const page = matches.slice(offset, offset + limit);
  return ok({
    data: { leads: page.map((l) => leadJson(state, l)) },
    meta: { count: page.length, total: matches.length, params },
  });
}

export function leadExists(ctx: RouteContext): Reply {
  const email = textParam(ctx.query, 'email');
  if (!email) throw wrongParams('You are missing the email parameter');
  const lead = ctx.state.leads.filter((l) => sameEmail(l.email, email)).sort((a, b) => b.id - a.id)[0];
  const list = lead ? ctx.state.listById(lead.leads_list_id) : undefined;
  return ok({
    data: { id: lead?.id ?? null, leads_list_id: list?.id ?? null, leads_list_name: list?.name ?? null },
    meta: { params: { email } },
  });
}

export function getLead(ctx: RouteContext): Reply {
  return ok({ data: leadJson(ctx.state, findLead(ctx)) });
}

export function createLead(ctx: RouteContext): Reply {
  const { state } = ctx;
  const input = readLeadInput(requireObjectBody(ctx.body));
  for (const field of ['first_name', 'last_name'] as const) {
    if (!input[field]) throw wrongParams(`You are missing the ${field} parameter: a lead needs a first_name and a last_name`);
  }
  const listId = input.leads_list_id ?? state.lastCreatedList()?.id;
  if (listId === undefined) throw new ApiFailure(422, 'unprocessable_entity', 'There is no leads list to save the lead in: create one first');
  assertListExists(state, listId);
  assertNotDuplicate(state, input.email ?? null, listId);
  const lead: Lead = {
    id: state.takeLeadId(),
    first_name: null, last_name: null, position: null, company: null, company_industry: null, company_size: null,
    email: null, confidence_score: null, website: null, country_code: null, postal_code: null, source: null,
    linkedin_url: null, phone_number: null, twitter: null,
    ...input,
    leads_list_id: listId,
  };
  state.leads.push(lead);
  return ok({ data: leadJson(state, lead) }, 201);
}

export function updateLead(ctx: RouteContext): Reply {
  const lead = findLead(ctx);
  const input = readLeadInput(requireObjectBody(ctx.body));
  for (const field of ['first_name', 'last_name'] as const) {
    if (field in input && !input[field]) throw wrongParams(`The ${field} parameter cannot be empty`);
  }
  const listId = input.leads_list_id ?? lead.leads_list_id;
  assertListExists(ctx.state, listId);
  assertNotDuplicate(ctx.state, input.email !== undefined ? input.email : lead.email, listId, lead.id);
  Object.assign(lead, input, { leads_list_id: listId });
  return noContent();
}

export function deleteLead(ctx: RouteContext): Reply {
  const lead = findLead(ctx);
  ctx.state.leads = ctx.state.leads.filter((l) => l.id !== lead.id);
  return noContent();
}
