import { describe, expect, it } from 'vitest';
import type { DomainSearchEmail } from '@/lib/hunter';
import { leadDraftFrom } from './lead-draft';

const row: DomainSearchEmail = {
  value: 'patrick@stripe.com', type: 'personal', confidence: 99,
  sources: [{ domain: 'stripe.com', uri: 'https://stripe.com/about', extracted_on: '2024-01-01' }],
  first_name: 'Patrick', last_name: 'Collison', position: 'CEO',
  linkedin: 'https://www.linkedin.com/in/patrickcollison', twitter: null, phone_number: null,
};

describe('leadDraftFrom', () => {
  it('carries name, email, position, company, website, confidence, source and LinkedIn', () => {
    expect(leadDraftFrom(row, 'stripe.com', 'Stripe')).toEqual({
      first_name: 'Patrick', last_name: 'Collison', email: 'patrick@stripe.com', position: 'CEO', company: 'Stripe',
      website: 'https://stripe.com', confidence_score: 99, source: 'https://stripe.com/about',
      linkedin_url: 'https://www.linkedin.com/in/patrickcollison',
    });
  });

  it('drops javascript: links and copes with missing names and sources', () => {
    const hostile = { ...row, first_name: null, last_name: null, linkedin: 'javascript:alert(1)',
      sources: [{ domain: 'evil', uri: 'javascript:window.__pwned=1', extracted_on: '2024-01-01' }] };
    const draft = leadDraftFrom(hostile, 'stripe.com', null);
    expect(draft).toMatchObject({ first_name: '', last_name: '', source: null, linkedin_url: null, company: null });
    expect(leadDraftFrom({ ...row, sources: [] }, 'stripe.com', 'Stripe').source).toBeNull();
  });
});
