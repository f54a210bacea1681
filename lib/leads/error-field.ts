import { LEAD_FIELDS, type LeadField } from './lead-fields';

// The API explains a 400/422 in its `details` ("The email parameter is not a valid email address",
// "A lead with the email x already exists…"): find which field it is about, to show it beside that box.

const FIELD_WORDS: ReadonlyArray<[LeadField, RegExp]> = LEAD_FIELDS.map((field) => [
  field,
  new RegExp(`\\b${field}\\b`, 'i'),
]);

export function fieldNamedIn(details: string | null | undefined): LeadField | null {
  if (!details) return null;
  for (const [field, pattern] of FIELD_WORDS) {
    if (pattern.test(details)) return field;
  }
  return null;
}
