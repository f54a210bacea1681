import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { companyDomain, domainForPage, domainOfEmail, isWebmailDomain, registrableDomain, type DomainResult } from './index';
import { decodeLabel, toUnicode } from './punycode';

const ok = (domain: string, display = domain): DomainResult => ({ ok: true, domain, display });
const no = (reason: Extract<DomainResult, { ok: false }>['reason']): DomainResult => ({ ok: false, reason });

describe('registrableDomain', () => {
  it.each<[string, DomainResult]>([
    // URLs and hosts
    ['https://www.Stripe.com/about', ok('stripe.com')],
    ['stripe.com', ok('stripe.com')],
    [' stripe.com ', ok('stripe.com')],
    ['STRIPE.COM', ok('stripe.com')],
    ['blog.stripe.com', ok('stripe.com')],
    ['https://dashboard.stripe.com/test/payments?x=1#top', ok('stripe.com')],
    ['stripe.com/jobs/listing/1', ok('stripe.com')],
    ['stripe.com.', ok('stripe.com')], // fully qualified
    ['https://stripe.com:8443/x', ok('stripe.com')], // ports are fine: e2e serves real names on local ports
    ['www.stripe.com:3000', ok('stripe.com')],
    ['https://user:secret@stripe.com/', ok('stripe.com')],
    ['<https://stripe.com>', ok('stripe.com')],
    ['"stripe.com"', ok('stripe.com')],
    ['medium.com/@jane', ok('medium.com')], // an @ in the path is not an address
    // Multi-label public suffixes
    ['bbc.co.uk', ok('bbc.co.uk')],
    ['news.bbc.co.uk', ok('bbc.co.uk')],
    ['https://www.gov.uk/', ok('www.gov.uk')], // gov.uk is itself a public suffix
    ['a.b.c.example.com.au', ok('example.com.au')],
    // IDN
    ['münchen.de', ok('xn--mnchen-3ya.de', 'münchen.de')],
    ['https://MÜNCHEN.de/stadt', ok('xn--mnchen-3ya.de', 'münchen.de')],
    ['xn--mnchen-3ya.de', ok('xn--mnchen-3ya.de', 'münchen.de')],
    ['пример.рф', ok('xn--e1afmkfd.xn--p1ai', 'пример.рф')],
    ['www.例え.jp', ok('xn--r8jz45g.jp', '例え.jp')],
    // Hosting platforms (PSL private section) keep the customer's name
    ['jane.github.io', ok('jane.github.io')],
    ['https://docs.acme.github.io/x', ok('acme.github.io')],
    ['acme.netlify.app', ok('acme.netlify.app')],
    ['github.io', ok('github.io')],
    ['acme.uk.com', ok('acme.uk.com')],
    // Addresses
    ['a@stripe.com', ok('stripe.com')],
    ['mailto:a@stripe.com', ok('stripe.com')],
    ['mailto:jane.doe@eng.stripe.com?subject=Hi', ok('stripe.com')],
    ['mailto:jane@gmail.com', no('webmail')],
    // Webmail
    ['gmail.com', no('webmail')],
    ['https://outlook.live.com/mail/0/', no('webmail')],
    ['mail.yahoo.co.uk', no('webmail')],
    ['hotmail.fr', no('webmail')],
    ['proton.me', no('webmail')],
    ['icloud.com', no('webmail')],
    // IPs and localhost
    ['192.168.1.10', no('ip')],
    ['http://127.0.0.1:8787/v2', no('ip')],
    ['http://[::1]:3000/', no('ip')],
    ['localhost', no('localhost')],
    ['http://localhost:5173/', no('localhost')],
    ['localhost:3000', no('localhost')],
    ['app.localhost', no('localhost')],
    // Not web pages
    ['chrome://newtab/', no('not_web')],
    ['chrome://extensions', no('not_web')],
    ['edge://newtab/', no('not_web')],
    ['about:blank', no('not_web')],
    ['about:newtab', no('not_web')],
    ['chrome-extension://abcdefghijklmnop/popup.html', no('not_web')],
    ['moz-extension://1234-5678/options.html', no('not_web')],
    ['chrome-search://local-ntp/local-ntp.html', no('not_web')],
    ['file:///home/jane/page.html', no('not_web')],
    ['view-source:https://stripe.com/', no('not_web')],
    ['javascript:alert(1)', no('not_web')],
    ['data:text/html,<b>x</b>', no('not_web')],
    ['ftp://ftp.stripe.com/pub', no('not_web')],
    // No public suffix
    ['foo', no('no_suffix')],
    ['intranet', no('no_suffix')],
    ['printer.local', no('no_suffix')],
    ['app.test', no('no_suffix')],
    ['co.uk', no('no_suffix')],
    // Empty and invalid
    ['', no('empty')],
    ['   ', no('empty')],
    ['Stripe, Inc.', no('invalid')],
    ['ex ample.com', no('invalid')],
    ['http://', no('invalid')],
    ['http://exa$mple.com', no('invalid')],
    ['@stripe.com', ok('stripe.com')], // the domain part of an address, as people paste it
  ])('%j', (input, expected) => {
    expect(registrableDomain(input)).toEqual(expected);
  });
});

describe('domainOfEmail', () => {
  it.each<[string, DomainResult]>([
    ['jane@stripe.com', ok('stripe.com')],
    ['Jane.Doe@Eng.Stripe.COM', ok('stripe.com')],
    ['Jane Doe <jane@stripe.com>', ok('stripe.com')],
    ['mailto:jane%40stripe.com', ok('stripe.com')],
    ['jane@münchen.de', ok('xn--mnchen-3ya.de', 'münchen.de')],
    ['jane@gmail.com', no('webmail')],
    ['jane@googlemail.com', no('webmail')],
    ['jane@yahoo.fr', no('webmail')],
    ['jane@localhost', no('localhost')],
    ['jane@[127.0.0.1]', no('invalid')],
    ['jane@intranet', no('no_suffix')],
    ['', no('empty')],
    ['jane', no('invalid')],
    ['@stripe.com', no('invalid')],
    ['ja ne@stripe.com', no('invalid')],
    ['jane@stripe.com/path', no('invalid')],
    ['jane@', no('invalid')],
  ])('%j', (input, expected) => {
    expect(domainOfEmail(input)).toEqual(expected);
  });
});

describe('isWebmailDomain', () => {
  it.each([
    ['gmail.com', true],
    ['GMAIL.COM', true],
    ['yahoo.co.jp', true],
    ['mail.yahoo.com', true],
    ['gmx.de', true],
    ['outlook.com', true],
    ['stripe.com', false],
    ['google.com', false], // the company, not the mailbox
    ['gmail.com.evil.io', false],
    ['', false],
  ])('%s → %s', (domain, expected) => {
    expect(isWebmailDomain(domain)).toBe(expected);
  });
});

describe('companyDomain (a website read on a page)', () => {
  it('accepts a company website', () => {
    expect(companyDomain('https://www.acme.io')).toEqual(ok('acme.io'));
    expect(companyDomain('acme.io')).toEqual(ok('acme.io'));
  });
  it('refuses a profile on a people site', () => {
    expect(companyDomain('https://www.linkedin.com/company/stripe')).toEqual(no('not_company'));
    expect(companyDomain('https://github.com/acme')).toEqual(no('not_company'));
  });
  it('passes other failures through', () => {
    expect(companyDomain('javascript:alert(1)')).toEqual(no('not_web'));
  });
});

describe('domainForPage', () => {
  const person = (companyWebsite: string | null) => ({ companyWebsite });
  it('uses the page on a company site', () => {
    expect(domainForPage('https://www.stripe.com/jobs', null)).toEqual(ok('stripe.com'));
    expect(domainForPage('https://www.acme.io/blog/post', person(null))).toEqual(ok('acme.io'));
  });
  it("keeps the tab's own domain on any site that is not a people site, whatever the page's markup says", () => {
    expect(domainForPage('https://www.stripe.com/blog/post', person('https://www.intercom.io/'))).toEqual(ok('stripe.com'));
    expect(domainForPage('https://news.example.org/article', person('https://asana.com'))).toEqual(ok('example.org'));
    expect(domainForPage('http://localhost:3000/', person('https://asana.com'))).toEqual(no('localhost'));
  });
  it("on a people site, prefers the profile's company website", () => {
    expect(domainForPage('https://www.linkedin.com/in/janedoe/', person('https://stripe.com'))).toEqual(ok('stripe.com'));
    expect(domainForPage('https://medium.com/@jane/post', person('https://www.acme.io/'))).toEqual(ok('acme.io'));
  });
  it('never offers linkedin.com, nor a people site for the person found on it', () => {
    expect(domainForPage('https://www.linkedin.com/in/janedoe/', person(null))).toEqual(no('not_company'));
    expect(domainForPage('https://www.linkedin.com/in/janedoe/', person('https://www.linkedin.com/company/stripe'))).toEqual(no('not_company'));
    expect(domainForPage('https://www.linkedin.com/feed/', null)).toEqual(no('not_company'));
    expect(domainForPage('https://medium.com/@jane/post', person(null))).toEqual(no('not_company'));
    expect(domainForPage('https://github.com/features', null)).toEqual(ok('github.com')); // no person: the site itself
  });
  it('reports why a page has no domain', () => {
    expect(domainForPage('chrome://newtab/', null)).toEqual(no('not_web'));
    expect(domainForPage('http://localhost:3000/', null)).toEqual(no('localhost'));
  });
});

describe('punycode', () => {
  it.each(['xn--mnchen-3ya.de', 'xn--e1afmkfd.xn--p1ai', 'xn--r8jz45g.jp', 'xn--fiqs8s', 'xn--bcher-kva.example', 'xn--80akhbyknj4f.xn--p1ai', 'stripe.com'])(
    'decodes %s like Node',
    (domain) => {
      expect(toUnicode(domain)).toBe(domainToUnicode(domain));
    },
  );
  it('keeps labels that are not valid Punycode', () => {
    expect(decodeLabel('!!!')).toBeNull();
    expect(toUnicode('xn--zz!.com')).toBe('xn--zz!.com');
  });
});
