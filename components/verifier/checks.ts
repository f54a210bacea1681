import type { EmailVerifierData } from '@/lib/hunter';

// Every check of a verification, in the order a person reasons about an address: its form, its domain,
// its mail server, then what the server said.

export const CHECKS = [
  'regexp',
  'gibberish',
  'disposable',
  'webmail',
  'mx_records',
  'smtp_server',
  'smtp_check',
  'accept_all',
  'block',
] as const satisfies readonly (keyof EmailVerifierData)[];

export type CheckName = (typeof CHECKS)[number];

/** Whether a check's answer is good news for delivery: "no MX records" is bad, "not disposable" is good. */
const GOOD_WHEN_TRUE: Record<CheckName, boolean> = {
  regexp: true,
  gibberish: false,
  disposable: false,
  webmail: false,
  mx_records: true,
  smtp_server: true,
  smtp_check: true,
  accept_all: false,
  block: false,
};

export interface CheckLine {
  name: CheckName;
  /** Locale key of the sentence; the check name is the `$1` of `verifier_check_notRun`. */
  key: string;
  tone: 'good' | 'bad' | 'none';
}

export function checkLines(data: EmailVerifierData): CheckLine[] {
  return CHECKS.map((name) => {
    const value = data[name];
    if (typeof value !== 'boolean') return { name, key: `verifier_check_${name}_null`, tone: 'none' };
    return { name, key: `verifier_check_${name}_${value}`, tone: value === GOOD_WHEN_TRUE[name] ? 'good' : 'bad' };
  });
}

// A pragmatic shape check before spending a verification: one @, a local part, a dotted domain, no spaces.
const EMAIL_SHAPE = /^[^\s@<>()[\]\\,;:"]{1,64}@(?=.{1,253}$)[^\s@<>()[\]\\,;:"_]+\.[^\s@<>()[\]\\,;:"_.]{2,}$/u;

/** The address trimmed and without a `mailto:`, or null when it cannot be an address. */
export function readEmail(text: string): string | null {
  const email = text.trim().replace(/^mailto:/i, '');
  if (!EMAIL_SHAPE.test(email) || email.includes('..') || email.startsWith('.') || email.split('@')[0]!.endsWith('.')) return null;
  return email;
}
