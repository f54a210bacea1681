import { describe, expect, it } from 'vitest';
import type { PagePerson } from '../page-context/types';
import { MENU_IDS, planQuestion } from './menu-question';

const jane: PagePerson = {
  fullName: 'Jane Doe', first: 'Jane', last: 'Doe', position: 'Staff Engineer', company: 'Stripe',
  companyWebsite: null, linkedinUrl: 'https://www.linkedin.com/in/jane-doe/', source: 'linkedin-public',
};
const select = (selectionText: string, url: string, person: PagePerson | null = null) =>
  planQuestion({ menuItemId: MENU_IDS.selection, selectionText, pageUrl: url }, { url, person });

describe('a selected name', () => {
  it('is searched at the page’s own company', () => {
    expect(select('Ada Lovelace', 'https://www.stripe.com/jobs')).toEqual({
      kind: 'person',
      question: { first: 'Ada', last: 'Lovelace', domain: 'stripe.com', company: null, pageUrl: 'https://www.stripe.com/jobs' },
    });
  });

  it('is cleaned like any name: titles, credentials, particles, inverted order', () => {
    expect(select('Dr. Grace Hopper, PhD', 'https://news.example.org/a')).toMatchObject({ question: { first: 'Grace', last: 'Hopper', domain: 'example.org' } });
    expect(select('Ludwig van Beethoven', 'https://blog.stripe.com/x')).toMatchObject({ question: { first: 'Ludwig', last: 'van Beethoven', domain: 'stripe.com' } });
  });

  it('on a LinkedIn profile: the person’s current company, by name when the page gives no website', () => {
    expect(select('Jane Doe', 'https://www.linkedin.com/in/jane-doe/', jane)).toMatchObject({
      kind: 'person',
      question: { first: 'Jane', last: 'Doe', domain: null, company: 'Stripe' },
    });
  });

  it('on a people site, by the company’s website when the page gives one', () => {
    const withSite = { ...jane, companyWebsite: 'https://www.acme.io/' };
    expect(select('Jane Doe', 'https://www.linkedin.com/in/jane-doe/', withSite)).toMatchObject({
      question: { domain: 'acme.io', company: null },
    });
  });

  it('one word: asks for the other part, no call', () => {
    expect(select('Lovelace', 'https://www.stripe.com/jobs')).toMatchObject({
      kind: 'ask', reason: 'one_word', selection: 'Lovelace', question: { domain: 'stripe.com', last: '' },
    });
  });

  it('not a name: asks', () => {
    expect(select('Click here to learn more about our team', 'https://www.stripe.com/jobs')).toMatchObject({ kind: 'ask', reason: 'not_a_name' });
    expect(select('https://www.stripe.com/jobs', 'https://www.stripe.com/jobs')).toMatchObject({ kind: 'ask', reason: 'not_a_name' });
  });

  it('a name on a page with no company (LinkedIn feed, localhost): asks for the company', () => {
    expect(select('Ada Lovelace', 'https://www.linkedin.com/feed/')).toMatchObject({
      kind: 'ask', reason: 'no_company', question: { first: 'Ada', last: 'Lovelace', domain: null, company: null },
    });
    expect(select('Ada Lovelace', 'http://localhost:3000/')).toMatchObject({ kind: 'ask', reason: 'no_company' });
  });
});

describe('a link', () => {
  const link = (linkUrl: string) => planQuestion({ menuItemId: MENU_IDS.link, linkUrl, pageUrl: 'https://news.example.org/a' }, { url: 'https://news.example.org/a', person: null });

  it('searches the registrable domain of the link', () => {
    expect(link('https://www.asana.com/customers?x=1')).toEqual({ kind: 'site', domain: 'asana.com', display: 'asana.com', pageUrl: 'https://news.example.org/a' });
    expect(link('https://news.bbc.co.uk/story')).toMatchObject({ domain: 'bbc.co.uk' });
    expect(link('mailto:jane@intercom.io')).toMatchObject({ domain: 'intercom.io' });
  });

  it('refuses what is not a company site, before any call', () => {
    expect(link('https://www.linkedin.com/company/stripe')).toEqual({ kind: 'no_site', reason: 'not_company' });
    expect(link('https://mail.yahoo.com/')).toEqual({ kind: 'no_site', reason: 'webmail' });
    expect(link('javascript:alert(1)')).toEqual({ kind: 'no_site', reason: 'not_web' });
    expect(link('http://192.168.0.1/')).toEqual({ kind: 'no_site', reason: 'ip' });
  });
});

describe('the page', () => {
  const page = (url: string, person: PagePerson | null = null) => planQuestion({ menuItemId: MENU_IDS.page, pageUrl: url }, { url, person });

  it('searches the site’s domain', () => {
    expect(page('https://www.stripe.com/jobs')).toMatchObject({ kind: 'site', domain: 'stripe.com' });
  });

  it('LinkedIn is never the company', () => {
    expect(page('https://www.linkedin.com/in/jane-doe/', jane)).toEqual({ kind: 'no_site', reason: 'not_company' });
  });

  it('a browser page has no site', () => {
    expect(page('chrome://newtab/')).toEqual({ kind: 'no_site', reason: 'not_web' });
  });
});
