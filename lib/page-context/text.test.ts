import { describe, expect, it } from 'vitest';
import { clean, isJunkName, linkedInProfileUrl, positionFromHeadline, websiteUrl } from './text';

describe('positionFromHeadline', () => {
  it.each<[string, string | null, { position: string | null; company: string | null }]>([
    ['Staff Engineer at Stripe', 'Stripe', { position: 'Staff Engineer', company: 'Stripe' }],
    ['Staff Engineer at Stripe Payments Europe', 'Stripe', { position: 'Staff Engineer', company: 'Stripe' }],
    ['Advisor at Acme | Staff Engineer @ Stripe', 'Stripe', { position: 'Staff Engineer', company: 'Stripe' }],
    ['Founder at Acme Labs · Advisor', 'Stripe', { position: null, company: 'Stripe' }], // another company's job
    ['Staff Engineer', 'Stripe', { position: 'Staff Engineer', company: 'Stripe' }],
    ['Product Manager @Plaid', null, { position: 'Product Manager', company: 'Plaid' }],
    ['Ingénieure chez Doctolib', null, { position: 'Ingénieure', company: 'Doctolib' }],
    ['', 'Stripe', { position: null, company: 'Stripe' }],
    ['', null, { position: null, company: null }],
  ])('%j with %j', (headline, company, expected) => {
    expect(positionFromHeadline(headline, company)).toEqual(expected);
  });
});

describe('linkedInProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/janedoe', 'https://www.linkedin.com/in/janedoe/'],
    ['https://www.linkedin.com/in/jane-doe-4b2a1/details/experience/?x=1', 'https://www.linkedin.com/in/jane-doe-4b2a1/'],
    ['https://fr.linkedin.com/in/jean%C3%A9/', 'https://www.linkedin.com/in/jean%C3%A9/'],
    ['http://linkedin.com/in/jane#about', 'https://www.linkedin.com/in/jane/'],
    ['https://www.linkedin.com/company/stripe', null],
    ['https://evil.example/?u=https://www.linkedin.com/in/jane', null],
    ['https://www.linkedin.com.evil.example/in/jane', null],
    ['javascript:alert(1)', null],
  ])('%s → %s', (input, expected) => {
    expect(linkedInProfileUrl(input)).toBe(expected);
  });
});

describe('websiteUrl', () => {
  it.each([
    ['https://stripe.com/', 'https://stripe.com/'],
    ['stripe.com', 'stripe.com'],
    ['http://www.acme.io', 'http://www.acme.io'],
    ['https://www.linkedin.com/company/stripe', null],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['Stripe', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(websiteUrl(input)).toBe(expected);
  });
});

describe('clean', () => {
  it('trims, collapses whitespace and control characters, caps the length', () => {
    expect(clean('  Staff\n\t Engineer\u200b ', 50)).toBe('Staff Engineer');
    expect(clean('abcdef', 4)).toBe('abc…');
    expect(clean('   ', 10)).toBeNull();
    expect(clean(42, 10)).toBeNull();
  });
});

describe('isJunkName', () => {
  it.each(['Sign in', 'Sign Up | LinkedIn', 'Join now', 'Just a moment...', 'Page not found', 'LinkedIn Member'])('%s', (s) => {
    expect(isJunkName(s)).toBe(true);
  });
  it('lets names through', () => {
    expect(isJunkName('Jane Doe')).toBe(false);
    expect(isJunkName('Joinville Signorelli')).toBe(false);
    expect(isJunkName('Signe Ingrid Berg')).toBe(false);
    expect(isJunkName('Sign Inga')).toBe(false);
  });
});
