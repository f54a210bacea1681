// Reads a lead's fields from a JSON body (create and update take the same ones), naming any bad field.
import { wrongParams } from '../http';
import { EMAIL_SHAPE, isRecord } from '../params';
import type { Lead } from '../types';

const TEXT_FIELDS = [
  'first_name', 'last_name', 'position', 'company', 'company_industry', 'company_size', 'email', 'website',
  'country_code', 'postal_code', 'source', 'linkedin_url', 'phone_number', 'twitter',
] as const;

export type LeadInput = Partial<Omit<Lead, 'id'>>;

export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw wrongParams('The request body must be a JSON object');
  return body;
}

export function readLeadInput(body: Record<string, unknown>): LeadInput {
  const input: LeadInput = {};
  for (const field of TEXT_FIELDS) {
    if (!(field in body)) continue;
    const value = body[field];
    if (value !== null && typeof value !== 'string') throw wrongParams(`The ${field} parameter must be a string`);
    input[field] = value === null || value.trim() === '' ? null : value;
  }
  if (input.email && !EMAIL_SHAPE.test(input.email.trim())) {
    throw wrongParams('The email parameter is not a valid email address');
  }
  if (input.email) input.email = input.email.trim();
  if ('confidence_score' in body) {
    const score = body.confidence_score;
    if (score !== null && (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100)) {
      throw wrongParams('The confidence_score parameter must be an integer between 0 and 100');
    }
    input.confidence_score = score;
  }
  // The docs name it leads_list_id; the list filter calls it lead_list_id. Accept both.
  const listField = 'leads_list_id' in body ? 'leads_list_id' : 'lead_list_id' in body ? 'lead_list_id' : null;
  if (listField) {
    const raw = body[listField];
    const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) {
      throw wrongParams(`The ${listField} parameter must be a positive integer`);
    }
    input.leads_list_id = id;
  }
  return input;
}
