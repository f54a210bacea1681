// Injected failures (POST /__sandbox/fail-next) so clients can be tested against errors on demand.
import { errorIdFor, errorReply, type Reply } from './http';
import type { Fault, SandboxState } from './state';

/** Takes one use of the first queued fault whose path is a prefix of this request's path (and method, if set). */
export function takeFault(state: SandboxState, path: string, method = 'GET'): Fault | null {
  const fault = state.faults.find((f) => path.startsWith(f.path) && (!f.method || f.method === method));
  if (!fault) return null;
  fault.count -= 1;
  if (fault.count <= 0) state.faults = state.faults.filter((f) => f !== fault);
  return fault;
}

export function faultReply(fault: Fault): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  if (fault.malformed) {
    return {
      status: fault.status,
      headers,
      raw: { contentType: 'text/html; charset=utf-8', text: `<!DOCTYPE html><html><body><h1>${fault.status} Bad Gateway</h1><p>upstream sent garbage</p></body></html>` },
    };
  }
  if (fault.status < 400) return { status: fault.status, body: {}, headers };
  return errorReply(fault.status, fault.id ?? errorIdFor(fault.status), `Injected failure (${fault.status}) from the sandbox`, headers);
}
