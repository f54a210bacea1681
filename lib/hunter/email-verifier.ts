import { HunterError } from './errors';
import { redactSecret } from './redact';
import { readErrorEnvelope, send, type RequestContext } from './request';
import { optionalMeta, requireArray, requireData } from './shape';
import type { EmailVerifierData, EmailVerifierResponse, VerifierCallOptions } from './types';
import { pollWhilePending } from './verifier-poll';

/** Per attempt: Hunter itself may run 20 s before answering 202, so the default leaves it room. */
export const VERIFIER_TIMEOUT_MS = 25_000;

/**
 * GET /email-verifier — deliverability of one address. Polls through 202s (see verifier-poll.ts);
 * 222 (the remote SMTP server failed the check) becomes 'smtp_unavailable'.
 */
export async function emailVerifier(
  ctx: RequestContext,
  p: { email: string },
  o: VerifierCallOptions = {},
  timeoutMs: number = VERIFIER_TIMEOUT_MS,
): Promise<EmailVerifierResponse> {
  const call = () =>
    send(
      ctx,
      { method: 'GET', path: '/email-verifier', query: { email: p.email }, family: 'verify', timeoutMs },
      o.signal,
    );
  const { status, body } = await pollWhilePending(call, {
    deadlineMs: o.deadlineMs,
    onPending: o.onPending,
    signal: o.signal,
    sleep: ctx.sleep,
    now: ctx.now,
  });
  if (status === 222) {
    const envelope = readErrorEnvelope(body);
    throw new HunterError('smtp_unavailable', {
      status,
      id: envelope?.id ?? null,
      details: envelope?.details == null ? null : redactSecret(envelope.details, ctx.apiKey),
    });
  }
  const data = requireData(status, body);
  requireArray(status, data, 'sources');
  const meta = optionalMeta(body);
  return {
    data: data as unknown as EmailVerifierData,
    ...(meta ? { meta: meta as EmailVerifierResponse['meta'] } : {}),
  };
}
