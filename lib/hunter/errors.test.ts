import { describe, expect, it } from 'vitest';
import { HunterError, kindForStatus, toErrorInfo } from './errors';

describe('kindForStatus', () => {
  it.each([
    [400, null, 'bad_params'],
    [400, 'wrong_params', 'bad_params'],
    [400, 'pagination_error', 'pagination_limited'],
    [401, null, 'unauthorized'],
    [402, null, 'usage_limit'],
    [403, 'too_many_requests', 'rate_limited'],
    [403, 'rate_limit', 'rate_limited'],
    [403, null, 'forbidden'],
    [403, 'forbidden', 'forbidden'],
    [404, null, 'not_found'],
    [422, null, 'unprocessable'],
    [429, null, 'quota_exceeded'],
    [451, null, 'restricted'],
    [500, null, 'server'],
    [503, null, 'server'],
    [418, null, 'bad_params'],
    [302, null, 'malformed'],
  ] as const)('%i %s → %s', (status, id, kind) => expect(kindForStatus(status, id)).toBe(kind));
});

describe('HunterError', () => {
  it('carries status, id, details and a sentence', () => {
    const e = new HunterError('bad_params', { status: 400, id: 'wrong_params', details: 'You are missing the domain parameter' });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('HunterError');
    expect(e.kind).toBe('bad_params');
    expect(e.status).toBe(400);
    expect(e.id).toBe('wrong_params');
    expect(e.retryAfterMs).toBeNull();
    expect(e.message).toMatch(/^The Hunter API rejected the request parameters\. \(400 wrong_params: You are missing/);
  });

  it('scrubs key-shaped text from server details', () => {
    const e = new HunterError('unauthorized', { status: 401, details: 'bad key: ?api_key=secret123' });
    expect(e.message).not.toContain('secret123');
    expect(e.details).not.toContain('secret123');
  });
});

describe('toErrorInfo', () => {
  it('turns a HunterError into a plain object', () => {
    const info = toErrorInfo(new HunterError('quota_exceeded', { status: 429, id: 'too_many_requests', retryAfterMs: 5 }));
    expect(info).toEqual({
      kind: 'quota_exceeded',
      status: 429,
      message: expect.any(String),
      id: 'too_many_requests',
      details: null,
      retryAfterMs: 5,
    });
    expect(Object.getPrototypeOf(info)).toBe(Object.prototype);
    expect(structuredClone(info)).toEqual(info);
  });

  it('redacts a known secret everywhere', () => {
    const info = toErrorInfo(new Error('failed with key sandbox-demo-key'), 'sandbox-demo-key');
    expect(JSON.stringify(info)).not.toContain('sandbox-demo-key');
  });

  it('classifies foreign errors', () => {
    expect(toErrorInfo(new TypeError('fetch failed')).kind).toBe('network');
    expect(toErrorInfo(new DOMException('gone', 'AbortError')).kind).toBe('aborted');
    expect(toErrorInfo(new DOMException('slow', 'TimeoutError')).kind).toBe('timeout');
    expect(toErrorInfo('boom')).toMatchObject({ kind: 'network', status: null, details: 'boom' });
    expect(toErrorInfo(undefined)).toMatchObject({ kind: 'network', status: null, details: null });
  });

  it('passes an ErrorInfo through', () => {
    const info = { kind: 'no_key', status: null, message: 'No API key is set' };
    expect(toErrorInfo(info)).toMatchObject(info);
    expect(toErrorInfo({ kind: 'made_up', message: 'x' }).kind).toBe('network');
  });

  it('always gives an English sentence', () => {
    for (const e of [new HunterError('timeout'), new Error('x'), null, 42]) {
      expect(toErrorInfo(e).message).toMatch(/^[A-Z].*\.( \(.*\))?$/);
    }
  });
});
