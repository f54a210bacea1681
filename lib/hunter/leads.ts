import { HunterError } from './errors';
import { send, type RequestContext } from './request';
import { idSegment, requireArray, requireData, requireMeta } from './shape';
import type { CallOptions, Lead, LeadExistence, LeadInput, LeadResponse, LeadsFilter, LeadsListResponse } from './types';

// The leads resource: list/get/create/update/delete, plus `exist` so a lead is never created twice.

/** A lead's own fields, in the docs' order (forms and CSV files show them in this order too). */
export const LEAD_PERSON_FIELDS = [
  'first_name',
  'last_name',
  'email',
  'position',
  'company',
  'company_industry',
  'company_size',
  'confidence_score',
  'website',
  'country_code',
  'postal_code',
  'source',
  'linkedin_url',
  'phone_number',
  'twitter',
] as const satisfies readonly (keyof LeadInput)[];

const LEAD_FIELDS = [...LEAD_PERSON_FIELDS, 'leads_list_id'] as const;

/** Only the documented fields, and only those given: a PUT must not blank what it was not asked to change. */
export function leadBody(input: Partial<LeadInput>): Partial<LeadInput> {
  const body: Record<string, unknown> = {};
  for (const field of LEAD_FIELDS) {
    if (input[field] !== undefined) body[field] = input[field];
  }
  return body as Partial<LeadInput>;
}

function leadPath(id: number): string {
  return `/leads/${idSegment(id)}`;
}

/** GET /leads — newest first, filtered and paginated. */
export async function listLeads(ctx: RequestContext, f: LeadsFilter = {}, o: CallOptions = {}): Promise<LeadsListResponse> {
  const query = {
    offset: f.offset,
    limit: f.limit,
    lead_list_id: f.lead_list_id,
    leads_list_id: f.leads_list_id,
    first_name: f.first_name,
    last_name: f.last_name,
    email: f.email,
    company: f.company,
    phone_number: f.phone_number,
    twitter: f.twitter,
  };
  const { status, body } = await send(ctx, { method: 'GET', path: '/leads', query }, o.signal);
  const data = requireData(status, body);
  requireArray(status, data, 'leads');
  const meta = requireMeta(status, body);
  return { data: data as unknown as LeadsListResponse['data'], meta: meta as unknown as LeadsListResponse['meta'] };
}

/** GET /leads/:id */
export async function getLead(ctx: RequestContext, id: number, o: CallOptions = {}): Promise<LeadResponse> {
  const { status, body } = await send(ctx, { method: 'GET', path: leadPath(id) }, o.signal);
  return { data: requireData(status, body) as unknown as Lead };
}

/** POST /leads — 201 with the created lead; 422 when it cannot be created (e.g. a duplicate). */
export async function createLead(ctx: RequestContext, input: LeadInput, o: CallOptions = {}): Promise<LeadResponse> {
  const { status, body } = await send(ctx, { method: 'POST', path: '/leads', body: leadBody(input) }, o.signal);
  return { data: requireData(status, body) as unknown as Lead };
}

/** PUT /leads/:id — 204 (any body a server sends back is ignored: re-read with `getLead`). */
export async function updateLead(
  ctx: RequestContext,
  id: number,
  input: Partial<LeadInput>,
  o: CallOptions = {},
): Promise<void> {
  await send(ctx, { method: 'PUT', path: leadPath(id), body: leadBody(input) }, o.signal);
}

/** DELETE /leads/:id — 204. */
export async function deleteLead(ctx: RequestContext, id: number, o: CallOptions = {}): Promise<void> {
  await send(ctx, { method: 'DELETE', path: leadPath(id) }, o.signal);
}

/** GET /leads/exist?email= — which list already holds this address, all null when none. */
export async function leadExists(ctx: RequestContext, email: string, o: CallOptions = {}): Promise<LeadExistence> {
  const { status, body } = await send(ctx, { method: 'GET', path: '/leads/exist', query: { email } }, o.signal);
  const data = requireData(status, body);
  const id = data.id ?? null;
  const listId = data.leads_list_id ?? null;
  const listName = data.leads_list_name ?? null;
  if (
    (id !== null && typeof id !== 'number') ||
    (listId !== null && typeof listId !== 'number') ||
    (listName !== null && typeof listName !== 'string')
  ) {
    throw new HunterError('malformed', { status, details: 'The lead-existence answer has unexpected fields.' });
  }
  return { id, leads_list_id: listId, leads_list_name: listName };
}
