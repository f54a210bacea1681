import { errorSentence } from '@/components/error-sentence';
import { fieldNamedIn } from '@/lib/leads/error-field';
import type { LeadField } from '@/lib/leads/lead-fields';
import type { LeadProblem } from '@/lib/leads/validate-lead';
import type { ReplyError } from '@/lib/messaging/protocol';
import { problemSentence } from './field-labels';
import type { FieldErrors } from './LeadFields';

export function problemsToFieldErrors(problems: LeadProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) errors[problem.field] ??= problemSentence(problem);
  return errors;
}

/** A 400/422 whose details name a field goes beside that field; anything else stays a form-level error. */
export function apiErrorField(error: ReplyError): LeadField | null {
  if (error.kind !== 'unprocessable' && error.kind !== 'bad_params') return null;
  return fieldNamedIn(error.details);
}

export function apiFieldErrors(error: ReplyError): FieldErrors | null {
  const field = apiErrorField(error);
  return field ? { [field]: errorSentence(error) } : null;
}
