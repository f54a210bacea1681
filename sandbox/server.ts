// The local Hunter-compatible API: node:http server, CORS, routing, authentication, rate limits, the error
// envelope, the request log and injected faults. Handlers live in routes/; data in seed.ts and state.ts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extractKey, redactQuery } from './auth';
import { faultReply, takeFault } from './faults';
import {
  ApiFailure, CORS_HEADERS, errorReply, parseJsonBody, readBody, send, type ParsedBody, type Reply,
} from './http';
import { ACCOUNTS, isSandboxKey } from './keys';
import { takeRateToken } from './rate-limit';
import { handleControl } from './routes/control';
import { matchRoute } from './routes/index';
import { SandboxState, type LoggedRequest } from './state';

export { SANDBOX_KEYS } from './keys';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: the sandbox is never meant to be reachable from elsewhere. */
  host?: string;
  /** Delay added to every /v2 answer; reset() returns to this value. */
  latencyMs?: number;
  /** Refuse what the API docs do not promise (README, "Beyond the docs"); reset() returns to this value. */
  strict?: boolean;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:8787 (no /v2) */
  url: string;
  /** url + '/v2': what the extension's base-URL option takes. */
  apiBase: string;
  reset(): void;
  close(): Promise<void>;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function unauthorized(): Reply {
  return errorReply(401, 'authentication_failed', 'No user found for the API key supplied');
}

/** Answers one /v2 request (everything but the fault and latency handling). */
function answerApi(state: SandboxState, req: IncomingMessage, path: string, query: URLSearchParams, key: string | null, body: ParsedBody): Reply {
  const method = req.method ?? 'GET';
  const matched = matchRoute(method, path);
  // In strict mode an endpoint the docs do not list answers as the real API would if it lacked it.
  if (!matched || (state.strict && matched.route.beyondDocs)) return errorReply(404, 'not_found', `There is no ${method} ${path} endpoint`);
  const { route, params } = matched;

  let account = null;
  if (route.needsKey) {
    if (!key || !isSandboxKey(key)) return unauthorized();
    account = ACCOUNTS[key];
  } else if (key && isSandboxKey(key)) {
    account = ACCOUNTS[key];
  }

  const headers: Record<string, string> = {};
  if (route.rateGroup && account) {
    const verdict = takeRateToken(state, account.key, route.rateGroup, Date.now());
    if (!verdict.ok) return errorReply(403, 'too_many_requests', verdict.details, { 'Retry-After': '1', 'X-RateLimit-Remaining': '0' });
    headers['X-RateLimit-Remaining'] = String(verdict.remaining);
  }

  if (!body.ok) return errorReply(400, 'wrong_params', 'The request body is not valid JSON', headers);

  try {
    const reply = route.handle({ state, account, query, body: body.value, params, now: new Date() });
    return { ...reply, headers: { ...headers, ...reply.headers } };
  } catch (error) {
    if (error instanceof ApiFailure) return errorReply(error.status, error.id, error.message, { ...headers, ...error.headers });
    throw error;
  }
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const host = opts.host ?? '127.0.0.1';
  const state = new SandboxState(opts.latencyMs ?? 0, opts.strict ?? false);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';

    if (method === 'OPTIONS') {
      // Preflight: Chrome's private-network check asks before a page may reach 127.0.0.1.
      const extra: Record<string, string> = req.headers['access-control-request-private-network'] ? { 'Access-Control-Allow-Private-Network': 'true' } : {};
      send(res, { status: 204, headers: extra });
      return;
    }

    const rawBody = await readBody(req);
    const body = parseJsonBody(rawBody);

    if (path.startsWith('/__sandbox/')) {
      if (!body.ok) return send(res, errorReply(400, 'wrong_params', 'The request body is not valid JSON'));
      return send(res, handleControl(state, method, path, body.value));
    }
    if (!path.startsWith('/v2/')) {
      return send(res, errorReply(404, 'not_found', `There is no ${method} ${path} endpoint (the API lives under /v2/)`));
    }

    const { key, via } = extractKey(req, url.searchParams);
    const entry: LoggedRequest = {
      method, path, query: redactQuery(url.searchParams), keyVia: via,
      body: body.ok ? body.value : null, status: null, at: Date.now(),
    };
    state.requestLog.push(entry);

    const fault = takeFault(state, path, method);
    // A hanging request is never answered (`served`: after it was carried out); close() tears its socket down.
    if (fault?.hang) {
      if (fault.served) entry.status = answerApi(state, req, path, url.searchParams, key, body).status;
      return;
    }
    // A connection dropped after the request was served (and counted), mid-answer: the client never gets it.
    // Headers and a first byte go out first, or a browser would silently resend a GET whose reused socket
    // closed before answering.
    if (fault?.drop) {
      entry.status = answerApi(state, req, path, url.searchParams, key, body).status;
      res.writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'application/json', 'Content-Length': '4096' });
      res.write('{', () => req.socket.destroy());
      return;
    }
    const reply = fault ? faultReply(fault) : answerApi(state, req, path, url.searchParams, key, body);
    entry.status = reply.status;
    if (state.latencyMs > 0) await delay(state.latencyMs);
    send(res, reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the sandbox still answers in the documented envelope (and with CORS) so clients see a 500.
      console.error('[sandbox]', error);
      if (!res.headersSent) send(res, errorReply(500, 'server_error', 'The sandbox failed to answer this request'));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;

  return {
    url,
    apiBase: `${url}/v2`,
    reset: () => state.reset(),
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Keep-alive sockets and hanging requests would otherwise hold close() open.
      server.closeAllConnections();
    }),
  };
}

/** For tools that want to print or assert the CORS contract. */
export { CORS_HEADERS };
