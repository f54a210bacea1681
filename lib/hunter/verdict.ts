import type { EmailVerifierData, VerifierStatus } from './types';

const STATUSES: ReadonlySet<string> = new Set<VerifierStatus>([
  'valid',
  'invalid',
  'accept_all',
  'webmail',
  'disposable',
  'unknown',
]);

export interface Verdict {
  status: VerifierStatus;
  score: number | null;
}

/**
 * The verdict from the newer `status`, else from the older `result`. `risky` was the old catch-all for
 * "cannot promise delivery", so it maps to what the checks say (disposable, accept-all) and otherwise to
 * `unknown` rather than guessing.
 */
export function readVerdict(d: EmailVerifierData): Verdict {
  const score = typeof d.score === 'number' && Number.isFinite(d.score) ? d.score : null;
  if (typeof d.status === 'string' && STATUSES.has(d.status)) return { status: d.status, score };
  switch (d.result) {
    case 'deliverable':
      return { status: 'valid', score };
    case 'undeliverable':
      return { status: 'invalid', score };
    case 'risky':
      if (d.disposable === true) return { status: 'disposable', score };
      if (d.accept_all === true) return { status: 'accept_all', score };
      return { status: 'unknown', score };
    default:
      return { status: 'unknown', score };
  }
}
