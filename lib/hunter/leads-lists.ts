import { send, type RequestContext } from './request';
import { idSegment, optionalMeta, requireArray, requireData, requireMeta } from './shape';
import type {
  CallOptions,
  LeadsListCreated,
  LeadsListCreatedResponse,
  LeadsListDetail,
  LeadsListDetailResponse,
  LeadsListInput,
  LeadsListsResponse,
  Pagination,
} from './types';

// The leads-lists resource: list/get/create/update/delete. All free calls.

function listPath(id: number): string {
  return `/leads_lists/${idSegment(id)}`;
}

/** Only the documented fields, and only those given. */
function listBody(p: Partial<LeadsListInput>): Partial<LeadsListInput> {
  const body: Partial<LeadsListInput> = {};
  if (p.name !== undefined) body.name = p.name;
  if (p.team_id !== undefined) body.team_id = p.team_id;
  return body;
}

/** GET /leads_lists — newest first. */
export async function listLeadsLists(
  ctx: RequestContext,
  p: Pagination = {},
  o: CallOptions = {},
): Promise<LeadsListsResponse> {
  const query = { offset: p.offset, limit: p.limit };
  const { status, body } = await send(ctx, { method: 'GET', path: '/leads_lists', query }, o.signal);
  const data = requireData(status, body);
  requireArray(status, data, 'leads_lists');
  const meta = requireMeta(status, body);
  return { data: data as unknown as LeadsListsResponse['data'], meta: meta as unknown as LeadsListsResponse['meta'] };
}

/** GET /leads_lists/:id — the list and (a page of) its leads. */
export async function getLeadsList(
  ctx: RequestContext,
  id: number,
  p: Pagination = {},
  o: CallOptions = {},
): Promise<LeadsListDetailResponse> {
  const query = { offset: p.offset, limit: p.limit };
  const { status, body } = await send(ctx, { method: 'GET', path: listPath(id), query }, o.signal);
  const data = requireData(status, body);
  requireArray(status, data, 'leads');
  const meta = optionalMeta(body);
  return { data: data as unknown as LeadsListDetail, ...(meta ? { meta } : {}) };
}

/** POST /leads_lists */
export async function createLeadsList(
  ctx: RequestContext,
  p: LeadsListInput,
  o: CallOptions = {},
): Promise<LeadsListCreatedResponse> {
  const { status, body } = await send(ctx, { method: 'POST', path: '/leads_lists', body: listBody(p) }, o.signal);
  return { data: requireData(status, body) as unknown as LeadsListCreated };
}

/** PUT /leads_lists/:id — 204 (any body a server sends back is ignored: re-read with `getLeadsList`). */
export async function updateLeadsList(
  ctx: RequestContext,
  id: number,
  p: Partial<LeadsListInput>,
  o: CallOptions = {},
): Promise<void> {
  await send(ctx, { method: 'PUT', path: listPath(id), body: listBody(p) }, o.signal);
}

/** DELETE /leads_lists/:id — 204. */
export async function deleteLeadsList(ctx: RequestContext, id: number, o: CallOptions = {}): Promise<void> {
  await send(ctx, { method: 'DELETE', path: listPath(id) }, o.signal);
}
