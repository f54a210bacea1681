// Query and body parameter readers: each failure names the parameter, as Hunter's wrong_params does.
import { wrongParams } from './http';

/** A non-empty trimmed query value, or null. */
export function textParam(query: URLSearchParams, name: string): string | null {
  const value = query.get(name)?.trim();
  return value ? value : null;
}

export function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = textParam(query, name);
  if (raw === null) return fallback;
  if (!/^-?\d+$/.test(raw)) throw wrongParams(`The ${name} parameter must be an integer`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw wrongParams(max === Number.MAX_SAFE_INTEGER
      ? `The ${name} parameter must be ${min} or more`
      : `The ${name} parameter must be between ${min} and ${max}`);
  }
  return value;
}

export function enumParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | null {
  const raw = textParam(query, name);
  if (raw === null) return null;
  const value = raw.toLowerCase();
  if (!(allowed as readonly string[]).includes(value)) {
    throw wrongParams(`The ${name} parameter must be one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Comma-separated filter such as `seniority=senior,executive`. */
export function listParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T[] | null {
  const raw = textParam(query, name);
  if (raw === null) return null;
  const values = raw.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw wrongParams(`The ${name} parameter accepts: ${allowed.join(', ')}`);
    }
  }
  return values as T[];
}

/** Path ids are positive integers; anything else cannot exist. */
export function pathId(raw: string | undefined): number | null {
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
