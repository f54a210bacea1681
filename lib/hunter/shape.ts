import { HunterError } from './errors';
import { isRecord } from './request';

// Guards between the wire and the types: a body that lacks what callers index into is `malformed`, so no
// code path above ever assumes `data` exists. Checks are shallow on purpose: fields inside may be null.

export function malformed(status: number, what: string): HunterError {
  return new HunterError('malformed', { status, details: what });
}

/** `body.data` as an object, or a malformed error. */
export function requireData(status: number, body: unknown): Record<string, unknown> {
  if (!isRecord(body) || !isRecord(body.data)) throw malformed(status, 'The response has no data object.');
  return body.data;
}

/** `body.meta` as an object, or a malformed error (for paginated answers, whose callers read it). */
export function requireMeta(status: number, body: unknown): Record<string, unknown> {
  if (!isRecord(body) || !isRecord(body.meta)) throw malformed(status, 'The response has no meta object.');
  return body.meta;
}

/** `meta` when present and an object, else undefined. */
export function optionalMeta(body: unknown): Record<string, unknown> | undefined {
  return isRecord(body) && isRecord(body.meta) ? body.meta : undefined;
}

export function requireArray(status: number, owner: Record<string, unknown>, field: string): Record<string, unknown>[] {
  const value = owner[field];
  if (!Array.isArray(value) || !value.every(isRecord)) {
    throw malformed(status, `The response field "${field}" is not a list of objects.`);
  }
  return value;
}

export function requireNumber(status: number, owner: Record<string, unknown>, field: string): number {
  const value = owner[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw malformed(status, `The response field "${field}" is not a number.`);
  }
  return value;
}

/** A resource id as a path segment; refused before any request when it is not a positive integer. */
export function idSegment(id: number): string {
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new HunterError('bad_params', { details: 'The id must be a positive integer.' });
  }
  return String(id);
}
