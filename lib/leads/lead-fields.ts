import { LEAD_PERSON_FIELDS } from '@/lib/hunter/leads';

/** The fields of a lead a user can edit, in the order forms and CSV files show them. */
export const LEAD_FIELDS = LEAD_PERSON_FIELDS;

export type LeadField = (typeof LEAD_FIELDS)[number];

/** A lead as a form holds it: every field as the text in its box. */
export type LeadForm = Record<LeadField, string>;

export function emptyLeadForm(): LeadForm {
  return Object.fromEntries(LEAD_FIELDS.map((field) => [field, ''])) as LeadForm;
}

/** A lead from the API → the text of its boxes (null shows as empty). */
export function leadToForm(lead: Partial<Record<LeadField, string | number | null>>): LeadForm {
  const form = emptyLeadForm();
  for (const field of LEAD_FIELDS) {
    const value = lead[field];
    form[field] = value === null || value === undefined ? '' : String(value);
  }
  return form;
}

export function isLeadField(name: string): name is LeadField {
  return (LEAD_FIELDS as readonly string[]).includes(name);
}
