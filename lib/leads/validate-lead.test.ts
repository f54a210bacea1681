import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from './countries';
import { emptyLeadForm, leadToForm, type LeadForm } from './lead-fields';
import { changedLeadFields, formToLeadInput, isEmailAddress, validateLead } from './validate-lead';

function form(fields: Partial<LeadForm>): LeadForm {
  return { ...emptyLeadForm(), first_name: 'Ada', last_name: 'Lovelace', ...fields };
}

describe('countries', () => {
  it('holds the 249 assigned ISO 3166-1 alpha-2 codes', () => {
    expect(COUNTRY_CODES.size).toBe(249);
    expect(isCountryCode('FR')).toBe(true);
    expect(isCountryCode(' us ')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('FRA')).toBe(false);
    expect(isCountryCode('')).toBe(false);
  });
});

describe('validateLead', () => {
  it('accepts a lead with just a name', () => {
    expect(validateLead(form({}))).toEqual([]);
  });

  it('needs a first and a last name', () => {
    expect(validateLead(form({ first_name: ' ', last_name: '' }))).toEqual([
      { field: 'first_name', code: 'required' },
      { field: 'last_name', code: 'required' },
    ]);
  });

  it('checks the email format only when one is given', () => {
    expect(validateLead(form({ email: 'ada@example.com' }))).toEqual([]);
    expect(validateLead(form({ email: 'ada@example' }))).toEqual([{ field: 'email', code: 'email' }]);
    expect(validateLead(form({ email: 'ada example.com' }))).toEqual([{ field: 'email', code: 'email' }]);
    expect(isEmailAddress('a@b.co')).toBe(true);
    expect(isEmailAddress('a@@b.co')).toBe(false);
  });

  it('takes a confidence score from 0 to 100, whole numbers only', () => {
    for (const ok of ['0', '57', '100']) expect(validateLead(form({ confidence_score: ok }))).toEqual([]);
    for (const bad of ['101', '-1', '5.5', 'high', '1000']) {
      expect(validateLead(form({ confidence_score: bad })), bad).toEqual([{ field: 'confidence_score', code: 'confidence' }]);
    }
  });

  it('takes only assigned country codes', () => {
    expect(validateLead(form({ country_code: 'de' }))).toEqual([]);
    expect(validateLead(form({ country_code: 'XX' }))).toEqual([{ field: 'country_code', code: 'country' }]);
    expect(validateLead(form({ country_code: 'France' }))).toEqual([{ field: 'country_code', code: 'country' }]);
  });
});

describe('formToLeadInput', () => {
  it('leaves out empty boxes, trims, turns the score into a number and upper-cases the country', () => {
    expect(formToLeadInput(form({ email: ' ada@example.com ', confidence_score: '90', country_code: 'gb', company: '' }))).toEqual({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
      confidence_score: 90,
      country_code: 'GB',
    });
  });
});

describe('changedLeadFields', () => {
  it('sends only what changed, an emptied box as null', () => {
    const before = leadToForm({ first_name: 'Ada', last_name: 'Lovelace', company: 'Analytical', confidence_score: 80, email: null });
    const after = { ...before, company: '', confidence_score: '95', position: 'Countess' };
    expect(changedLeadFields(before, after)).toEqual({ company: null, confidence_score: 95, position: 'Countess' });
    expect(changedLeadFields(before, { ...before })).toEqual({});
  });

  it('shows null fields as empty boxes', () => {
    expect(leadToForm({ first_name: null, confidence_score: 0 })).toMatchObject({ first_name: '', confidence_score: '0', email: '' });
  });
});
