import type { LeadInput } from '@/lib/hunter';
import { isCountryCode } from './countries';
import { LEAD_FIELDS, type LeadField, type LeadForm } from './lead-fields';

// What the API would refuse, caught before it is asked: a clear reason beside the field, no wasted call.

export type LeadProblemCode = 'required' | 'email' | 'confidence' | 'country';

export interface LeadProblem {
  field: LeadField;
  code: LeadProblemCode;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL_SHAPE.test(text.trim());
}

/** Every problem of a filled-in lead; empty when the API may be asked. */
export function validateLead(form: LeadForm): LeadProblem[] {
  const problems: LeadProblem[] = [];
  for (const field of ['first_name', 'last_name'] as const) {
    if (!form[field].trim()) problems.push({ field, code: 'required' });
  }
  if (form.email.trim() && !isEmailAddress(form.email)) problems.push({ field: 'email', code: 'email' });
  const score = form.confidence_score.trim();
  if (score && !(/^\d{1,3}$/.test(score) && Number(score) <= 100)) {
    problems.push({ field: 'confidence_score', code: 'confidence' });
  }
  if (form.country_code.trim() && !isCountryCode(form.country_code)) problems.push({ field: 'country_code', code: 'country' });
  return problems;
}

function fieldValue(form: LeadForm, field: LeadField): string | number | null {
  const text = form[field].trim();
  if (!text) return null;
  if (field === 'confidence_score') return Number(text);
  if (field === 'country_code') return text.toUpperCase();
  return text;
}

/** A valid form → the body of POST /leads (empty boxes are left out). */
export function formToLeadInput(form: LeadForm): LeadInput {
  const input: Record<string, string | number> = {};
  for (const field of LEAD_FIELDS) {
    const value = fieldValue(form, field);
    if (value !== null) input[field] = value;
  }
  return input as unknown as LeadInput;
}

/** Only what the user changed, for a PUT: an emptied box becomes null, untouched fields are not sent. */
export function changedLeadFields(before: LeadForm, after: LeadForm): Partial<LeadInput> {
  const changes: Record<string, string | number | null> = {};
  for (const field of LEAD_FIELDS) {
    if (before[field].trim() !== after[field].trim()) changes[field] = fieldValue(after, field);
  }
  return changes as Partial<LeadInput>;
}
