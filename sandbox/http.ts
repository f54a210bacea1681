// Reply values, the Hunter error envelope, CORS headers and request-body reading for the sandbox.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from './types';

export interface Reply {
  status: number;
  /** Serialized as JSON; omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw text body (the malformed-answer fault) instead of JSON. */
  raw?: { contentType: string; text: string };
}

/** Thrown by handlers; the server turns it into `{ errors: [{ id, code, details }] }`. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly id: string, details: string, readonly headers?: Record<string, string>) {
    super(details);
  }
}

export const wrongParams = (details: string): ApiFailure => new ApiFailure(400, 'wrong_params', details);
export const notFound = (details: string): ApiFailure => new ApiFailure(404, 'not_found', details);

export function errorReply(status: number, id: string, details: string, headers?: Record<string, string>): Reply {
  const error: ApiError = { id, code: status, details };
  return { status, body: { errors: [error] }, headers };
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });

/** The error id Hunter uses for a status, for injected faults. */
export function errorIdFor(status: number): string {
  switch (status) {
    case 400: return 'wrong_params';
    case 401: return 'authentication_failed';
    case 402: return 'payment_required';
    case 403: return 'too_many_requests';
    case 404: return 'not_found';
    case 422: return 'unprocessable_entity';
    case 429: return 'too_many_requests';
    case 451: return 'claimed_email';
    default: return status >= 500 ? 'server_error' : 'sandbox_fault';
  }
}

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,OPTIONS',
  'Access-Control-Allow-Headers': 'X-API-KEY, Authorization, Content-Type',
  'Access-Control-Expose-Headers': 'Retry-After, X-RateLimit-Remaining',
  'Access-Control-Max-Age': '600',
};

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...CORS_HEADERS, ...reply.headers };
  let text = '';
  if (reply.raw) {
    headers['Content-Type'] = reply.raw.contentType;
    text = reply.raw.text;
  } else if (reply.status !== 204 && reply.body !== undefined) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    text = JSON.stringify(reply.body);
  }
  res.writeHead(reply.status, headers);
  res.end(reply.status === 204 ? undefined : text);
}

const MAX_BODY = 1_000_000;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false };

export function parseJsonBody(text: string): ParsedBody {
  if (!text.trim()) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
