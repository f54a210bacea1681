// /v2/leads_lists: list, get (with its leads, paged), create, update, delete (which deletes its leads). All free.
import { ApiFailure, noContent, notFound, ok, wrongParams, type Reply } from '../http';
import { intParam, pathId } from '../params';
import type { LeadsList } from '../types';
import type { RouteContext } from './context';
import { requireObjectBody } from './lead-input';

/** The only team the sandbox's accounts belong to. */
const TEAM_ID = 1;

function findList(ctx: RouteContext): LeadsList {
  const id = pathId(ctx.params.id);
  const list = id === null ? undefined : ctx.state.listById(id);
  if (!list) throw notFound(`No leads list found with id ${ctx.params.id ?? ''}`);
  return list;
}

function readListInput(body: unknown): { name: string; team_id?: number | null } {
  const fields = requireObjectBody(body);
  const name = fields.name;
  if (typeof name !== 'string' || !name.trim()) throw wrongParams('You are missing the name parameter');
  if (!('team_id' in fields)) return { name: name.trim() };
  const team = fields.team_id;
  if (team !== null && team !== TEAM_ID) {
    throw new ApiFailure(422, 'unprocessable_entity', `The team_id parameter must be your team's id (${TEAM_ID}) or null`);
  }
  return { name: name.trim(), team_id: team };
}

export function listLists(ctx: RouteContext): Reply {
  const offset = intParam(ctx.query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = intParam(ctx.query, 'limit', 20, 1, 100);
  // "The most recent leads lists appearing first."
  const all = [...ctx.state.lists].sort((a, b) => b.id - a.id);
  const page = all.slice(offset, offset + limit);
  return ok({
    data: { leads_lists: page.map((l) => ({ id: l.id, name: l.name, leads_count: ctx.state.leadsCount(l.id), team_id: l.team_id })) },
    meta: { total: all.length, count: page.length, params: { limit, offset } },
  });
}

export function getList(ctx: RouteContext): Reply {
  const list = findList(ctx);
  const offset = intParam(ctx.query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = intParam(ctx.query, 'limit', 20, 1, 100);
  const leads = ctx.state.leads.filter((l) => l.leads_list_id === list.id).sort((a, b) => b.id - a.id);
  return ok({
    data: { id: list.id, name: list.name, leads_count: leads.length, team_id: list.team_id, leads: leads.slice(offset, offset + limit) },
    meta: { total: leads.length, params: { limit, offset } },
  });
}

export function createList(ctx: RouteContext): Reply {
  const input = readListInput(ctx.body);
  const list = ctx.state.createList(input.name, input.team_id ?? null);
  return ok({ data: { list_id: list.id, name: list.name, team_id: list.team_id } }, 201);
}

export function updateList(ctx: RouteContext): Reply {
  const list = findList(ctx);
  const input = readListInput(ctx.body);
  list.name = input.name;
  if (input.team_id !== undefined) list.team_id = input.team_id;
  return noContent();
}

export function deleteList(ctx: RouteContext): Reply {
  ctx.state.deleteList(findList(ctx).id);
  return noContent();
}
