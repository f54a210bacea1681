// Test-control routes under /__sandbox/ (not part of Hunter's API): reset, request log, faults, latency,
// state inspection, strict mode and bulk lead seeding.
import { errorReply, ok, type Reply } from '../http';
import { isRecord } from '../params';
import type { Fault, SandboxState } from '../state';

const bad = (details: string): Reply => errorReply(400, 'wrong_params', details);

function failNext(state: SandboxState, body: unknown): Reply {
  if (!isRecord(body)) return bad('Send a JSON object: {path, method?, status, count?, retryAfter?, malformed?, hang?, served?, drop?, id?}');
  const { path, method, status, count = 1, retryAfter, malformed, hang, served, drop, id } = body;
  if (typeof path !== 'string' || !path.startsWith('/')) return bad('path must be a string starting with "/", e.g. "/v2/domain-search"');
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) return bad('status must be an HTTP status code');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return bad('count must be a positive integer');
  if (retryAfter !== undefined && typeof retryAfter !== 'number' && typeof retryAfter !== 'string') return bad('retryAfter must be a number or a string');
  if (id !== undefined && (typeof id !== 'string' || !id)) return bad('id must be a non-empty string');
  if (method !== undefined && (typeof method !== 'string' || !/^[A-Z]+$/.test(method))) return bad('method must be an HTTP method in capitals, e.g. "POST"');
  const fault: Fault = { path, method, status, count, retryAfter, malformed: malformed === true, hang: hang === true, served: served === true, drop: drop === true, id };
  state.faults.push(fault);
  return ok({ ok: true, queued: state.faults.length });
}

function setLatency(state: SandboxState, body: unknown): Reply {
  const ms = isRecord(body) ? body.ms : undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return bad('ms must be a number of milliseconds, 0 or more');
  state.latencyMs = ms;
  return ok({ ok: true, ms });
}

function setStrict(state: SandboxState, body: unknown): Reply {
  const on = isRecord(body) ? body.on : undefined;
  if (typeof on !== 'boolean') return bad('Send {on: true} or {on: false}');
  state.strict = on;
  return ok({ ok: true, strict: on });
}

function seedLeads(state: SandboxState, body: unknown): Reply {
  const listName = isRecord(body) ? body.listName : undefined;
  const count = isRecord(body) ? body.count : undefined;
  if (typeof listName !== 'string' || !listName.trim()) return bad('listName must be a non-empty string');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 10_000) return bad('count must be an integer from 0 to 10000');
  const list = state.seedList(listName.trim(), count);
  return ok({ list_id: list.id, name: list.name, leads_count: count }, 201);
}

export function handleControl(state: SandboxState, method: string, path: string, body: unknown): Reply {
  const route = `${method} ${path}`;
  switch (route) {
    case 'POST /__sandbox/reset':
      state.reset();
      return ok({ ok: true });
    case 'GET /__sandbox/requests':
      return ok(state.requestLog);
    case 'POST /__sandbox/fail-next':
      return failNext(state, body);
    case 'POST /__sandbox/latency':
      return setLatency(state, body);
    case 'GET /__sandbox/state':
      return ok(state.snapshot());
    case 'POST /__sandbox/strict':
      return setStrict(state, body);
    case 'POST /__sandbox/seed-leads':
      return seedLeads(state, body);
    default:
      return errorReply(404, 'not_found', `There is no sandbox control route ${route}`);
  }
}
