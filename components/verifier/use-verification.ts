import { useEffect, useRef, useState } from 'preact/hooks';
import { mayTryAgain } from '@/components/ErrorMessage';
import type { EmailVerifierData } from '@/lib/hunter';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';

export type Verification =
  | { state: 'idle' }
  | { state: 'verifying'; slow: boolean }
  | { state: 'done'; data: EmailVerifierData }
  | { state: 'error'; error: ReplyError };

/** Past this, the mail server is slow and the background is polling Hunter (202): say so. */
const SLOW_AFTER_MS = 2_500;

/** Failures a second try may fix, so the UI offers "Retry". */
export function mayRetry(error: ReplyError): boolean {
  return mayTryAgain(error) || error.kind === 'smtp_unavailable' || error.kind === 'verification_pending';
}

/** One verification at a time; the background polls Hunter's 202s until the verdict. */
export function useVerification() {
  const [result, setResult] = useState<Verification>({ state: 'idle' });
  const slowTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(slowTimer.current), []);

  async function verify(email: string) {
    setResult({ state: 'verifying', slow: false });
    slowTimer.current = setTimeout(() => setResult({ state: 'verifying', slow: true }), SLOW_AFTER_MS);
    const reply = await send('emailVerifier', { email });
    clearTimeout(slowTimer.current);
    setResult(reply.ok ? { state: 'done', data: reply.data.value.data } : { state: 'error', error: reply.error });
  }

  return [result, verify, () => setResult({ state: 'idle' })] as const;
}
