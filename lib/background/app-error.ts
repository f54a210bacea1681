import { toErrorInfo } from '../hunter';
import type { ReplyError } from '../messaging/protocol';

/** A refusal decided by Quarry itself (no key, bad input), as opposed to an API error. */
export class AppError extends Error {
  constructor(readonly info: ReplyError) {
    super(info.message);
    this.name = 'AppError';
  }
}

export function noKeyError(): AppError {
  return new AppError({ kind: 'no_key', status: null, message: 'No API key is set' });
}

export function invalidInput(message: string, details?: string): AppError {
  return new AppError({ kind: 'invalid_input', status: null, message, details: details ?? null });
}

/** Any failure as the plain error a reply carries: Quarry's own refusals as they are, the rest from the API client. */
export function toReplyError(error: unknown): ReplyError {
  return error instanceof AppError ? error.info : toErrorInfo(error);
}
