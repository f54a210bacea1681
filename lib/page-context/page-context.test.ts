// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isBlockedPage,
  readJsonLdPerson,
  readLinkedInProfile,
  readLinkedInPublicProfile,
  readMetaAuthor,
  readMicrodataPerson,
  readPageContext,
  readSalesNavigatorLead,
  readSelectionName,
  type PagePerson,
} from './index';

/** Parses a fixture the way a page is parsed, without running its scripts. */
function load(name: string): Document {
  return parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
}
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
/** Reads a page and checks that reading it changed nothing. */
function read(doc: Document, url: string) {
  const before = doc.documentElement.outerHTML;
  const context = readPageContext(doc, url);
  expect(doc.documentElement.outerHTML).toBe(before);
  return context;
}

const PROFILE = 'https://www.linkedin.com/in/jane-doe-4b2a1/';

describe('LinkedIn, signed in', () => {
  it('reads the name and the current company, not the company the headline names', () => {
    const ctx = read(load('linkedin-logged-in.html'), PROFILE);
    expect(ctx).toEqual({
      url: PROFILE,
      blocked: false,
      person: {
        fullName: 'Jane Doe',
        first: 'Jane',
        last: 'Doe',
        position: null, // the headline's role is at Acme Labs, not at Stripe
        company: 'Stripe',
        companyWebsite: null,
        linkedinUrl: PROFILE,
        source: 'linkedin',
      } satisfies PagePerson,
    });
  });

  it('takes the position from the headline part that names the current company', () => {
    const doc = parse(`<main><h1 class="text-heading-xlarge">Dr. Rahul Sharma, PhD</h1>
      <div class="text-body-medium">Advisor at Acme | Staff Engineer at Stripe | Speaker</div>
      <ul><li><button aria-label="Current company: Stripe, Inc.. Click to skip to experience card">Stripe, Inc.</button></li></ul></main>`);
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/rahul/details/experience/')).toMatchObject({
      fullName: 'Rahul Sharma',
      first: 'Rahul',
      last: 'Sharma',
      position: 'Staff Engineer',
      company: 'Stripe, Inc.',
      linkedinUrl: 'https://www.linkedin.com/in/rahul/',
    });
  });

  it('falls back to the headline when there is no current-company button', () => {
    const doc = parse(`<main><h1>Jane Doe</h1><div class="text-body-medium">Product Manager @ Plaid</div></main>`);
    expect(readLinkedInProfile(doc, PROFILE)).toMatchObject({ position: 'Product Manager', company: 'Plaid' });
    const roleOnly = parse(`<main><h1>Jane Doe</h1><div class="text-body-medium">Product Manager</div></main>`);
    expect(readLinkedInProfile(roleOnly, PROFILE)).toMatchObject({ position: 'Product Manager', company: null });
  });

  it('reads nothing off a profile URL', () => {
    expect(readLinkedInProfile(load('linkedin-logged-in.html'), 'https://www.linkedin.com/feed/')).toBeNull();
    expect(readLinkedInProfile(load('linkedin-logged-in.html'), 'https://www.example.com/in/jane/')).toBeNull();
  });
});

describe('LinkedIn, public profile', () => {
  const url = 'https://www.linkedin.com/in/janedoe';

  it('reads meta, og:title and JSON-LD; the current job of a worksFor array; no LinkedIn page as website', () => {
    const ctx = read(load('linkedin-public.html'), url);
    expect(ctx.blocked).toBe(false); // "Sign in to view Jane’s full profile" is on every public profile
    expect(ctx.person).toEqual({
      fullName: 'Jane Doe',
      first: 'Jane',
      last: 'Doe',
      position: 'Staff Engineer',
      company: 'Stripe',
      companyWebsite: null,
      linkedinUrl: 'https://www.linkedin.com/in/janedoe/',
      source: 'linkedin-public',
    });
  });

  it('reads a profile whose only data is JSON-LD', () => {
    const ctx = read(load('linkedin-public-jsonld-only.html'), 'https://nl.linkedin.com/in/jlvdberg?trk=people-guest');
    expect(ctx.person).toEqual({
      fullName: 'Jean-Luc van der Berg',
      first: 'Jean-Luc',
      last: 'van der Berg',
      position: 'Head of Design',
      company: 'Mollie',
      companyWebsite: null,
      linkedinUrl: 'https://www.linkedin.com/in/jlvdberg/',
      source: 'linkedin-public',
    });
  });

  it('reads og:title alone: "Name - Company | LinkedIn"', () => {
    const doc = parse(`<head><meta property="og:title" content="Søren Kierkegaard - Novo Nordisk | LinkedIn"></head><body></body>`);
    expect(readLinkedInPublicProfile(doc, 'https://dk.linkedin.com/in/soren')).toMatchObject({
      first: 'Søren',
      last: 'Kierkegaard',
      position: null,
      company: 'Novo Nordisk',
      linkedinUrl: 'https://www.linkedin.com/in/soren/',
    });
  });

  it('keeps a real company website from JSON-LD for the background to turn into a domain', () => {
    const doc = parse(`<script type="application/ld+json">{"@type":"Person","name":"Jane Doe",
      "worksFor":[{"@type":"Organization","name":"Stripe","url":"https://stripe.com/"}]}</script>`);
    expect(readLinkedInPublicProfile(doc, 'https://www.linkedin.com/in/janedoe/')?.companyWebsite).toBe('https://stripe.com/');
  });
});

describe('Sales Navigator', () => {
  it('reads the lead, not the similar leads', () => {
    const url = 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyLWlk,NAME_SEARCH,q1Xz';
    const ctx = read(load('sales-navigator-lead.html'), url);
    expect(ctx).toEqual({
      url,
      blocked: false,
      person: {
        fullName: 'María José García',
        first: 'María',
        last: 'García',
        position: 'VP of Engineering',
        company: 'Clip',
        companyWebsite: null,
        linkedinUrl: 'https://www.linkedin.com/in/mariajosegarcia/',
        source: 'sales-navigator',
      },
    });
  });

  it('only on lead pages', () => {
    expect(readSalesNavigatorLead(load('sales-navigator-lead.html'), 'https://www.linkedin.com/sales/search/people?query=x')).toBeNull();
  });
});

describe('pages with no person: auth walls, bot challenges, 404', () => {
  it.each([
    ['linkedin-authwall.html', 'https://www.linkedin.com/authwall?trk=bf&trkInfo=x&original_referer=&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fjanedoe'],
    ['linkedin-authwall.html', 'https://www.linkedin.com/in/janedoe/'], // the wall served at the profile URL
    ['linkedin-authwall.html', 'https://www.linkedin.com/checkpoint/challenge/AgG?ut=1'],
    ['bot-challenge.html', 'https://www.linkedin.com/in/janedoe/'],
    ['bot-challenge.html', 'https://www.acme.io/team/jane'],
    ['linkedin-404.html', 'https://www.linkedin.com/in/no-such-person-123/'],
  ])('%s at %s', (fixture, url) => {
    expect(read(load(fixture), url)).toEqual({ url, person: null, blocked: true });
  });

  it('never turns wall text into a name', () => {
    const doc = load('linkedin-authwall.html');
    const url = 'https://www.linkedin.com/in/janedoe/';
    expect(readLinkedInPublicProfile(doc, url)).toBeNull();
    expect(readLinkedInProfile(doc, url)).toBeNull();
    expect(isBlockedPage(load('linkedin-public.html'), 'https://www.linkedin.com/in/janedoe')).toBe(false);
  });

  it('a LinkedIn page that is simply not a profile is neither a person nor blocked', () => {
    const doc = parse(`<title>Feed | LinkedIn</title><main><h1 class="visually-hidden">Feed</h1><p>Posts…</p></main>`);
    expect(read(doc, 'https://www.linkedin.com/feed/')).toEqual({ url: 'https://www.linkedin.com/feed/', person: null, blocked: false });
  });
});

describe('other pages', () => {
  it('a team page lists several people: no person (the user selects one name instead)', () => {
    const doc = load('team-page-microdata.html');
    expect(read(doc, 'https://www.acme.io/about/team')).toEqual({ url: 'https://www.acme.io/about/team', person: null, blocked: false });
    expect(readMicrodataPerson(doc, 'https://www.acme.io/about/team')).toBeNull();
  });

  it('a page about one microdata Person, with a nested Organization', () => {
    const url = 'https://conf.example.org/speakers/ada';
    expect(read(load('person-microdata.html'), url).person).toEqual({
      fullName: 'Ada Lovelace',
      first: 'Ada',
      last: 'Lovelace',
      position: 'Principal Engineer',
      company: 'Analytical Engines Ltd',
      companyWebsite: 'https://www.analytical-engines.co.uk/',
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace-1815/',
      source: 'microdata',
    });
  });

  it("a blog post: the JSON-LD author wins over meta author; broken JSON-LD is skipped", () => {
    const url = 'https://www.acme.io/blog/scaling-postgres';
    expect(read(load('blog-article.html'), url).person).toEqual({
      fullName: 'Jane Doe',
      first: 'Jane',
      last: 'Doe',
      position: 'Principal Database Engineer',
      company: 'Acme',
      companyWebsite: 'https://www.acme.io',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe-db/',
      source: 'json-ld',
    });
  });

  it('meta author alone, inverted with a credential', () => {
    const url = 'https://blog.example.com/2024/notes';
    expect(read(load('blog-meta-author.html'), url).person).toEqual({
      fullName: "Siobhán O'Brien",
      first: 'Siobhán',
      last: "O'Brien",
      position: null,
      company: null,
      companyWebsite: null,
      linkedinUrl: null,
      source: 'meta-author',
    });
  });

  it.each([
    'Acme Editorial Team',
    'Acme Inc.',
    'https://www.facebook.com/janedoe',
    '@janedoe',
    'Jane Doe and John Smith',
    'Jane Doe, John Smith',
    'Jane Doe & John Smith',
    'Example Notes', // the site's own name
    'admin',
  ])('ignores meta author %j', (author) => {
    const doc = parse(`<head><meta name="author" content="${author}"><meta property="og:site_name" content="Example Notes"></head>`);
    expect(readMetaAuthor(doc, 'https://example.com/')).toBeNull();
  });

  it('JSON-LD: a ProfilePage main entity, @id references, givenName/familyName, string worksFor', () => {
    const doc = parse(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"ProfilePage","mainEntity":{"@id":"#me"}},
      {"@type":["Person"],"@id":"#me","givenName":"Ana","familyName":"de la Cruz","jobTitle":[{"@type":"DefinedTerm","name":"CFO"}],"worksFor":"Banco Azul"},
      {"@type":"Person","name":"Someone Else"}]}</script>`);
    expect(readJsonLdPerson(doc, 'https://banco.example/ana')).toMatchObject({
      first: 'Ana',
      last: 'de la Cruz',
      position: 'CFO',
      company: 'Banco Azul',
      source: 'json-ld',
    });
  });

  it('JSON-LD: an article with two authors is about no one person', () => {
    const doc = parse(`<script type="application/ld+json">{"@type":"NewsArticle","author":[
      {"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Smith"}]}</script>`);
    expect(readJsonLdPerson(doc, 'https://news.example/a')).toBeNull();
  });

  it("JSON-LD: a review's author is not the page's person", () => {
    const doc = parse(`<script type="application/ld+json">{"@type":"Product","name":"Widget",
      "review":{"@type":"Review","author":{"@type":"Person","name":"John Smith"}}}</script>`);
    expect(readJsonLdPerson(doc, 'https://shop.example/widget')).toBeNull();
  });

  it('a page with no person markup', () => {
    const url = 'https://www.stripe.com/jobs';
    expect(read(parse('<title>Jobs</title><h1>Work at Stripe</h1>'), url)).toEqual({ url, person: null, blocked: false });
  });
});

describe('hostile strings stay plain text', () => {
  it('markup in fields comes out as the literal text; unsafe links are dropped; no script runs', () => {
    const doc = load('hostile.html');
    const ctx = read(doc, 'https://evil.example/profile');
    expect(ctx.person).toEqual({
      fullName: 'Jane Doe',
      first: 'Jane',
      last: 'Doe',
      position: '<img src=x onerror=alert(1)>Engineer',
      company: '"><script>alert(document.cookie)</script>',
      companyWebsite: null, // javascript: is not a website
      linkedinUrl: null,
      source: 'json-ld',
    });
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect((globalThis as { __quarryPwned?: boolean }).__quarryPwned).toBeUndefined();
  });

  it('markup as a name yields no person', () => {
    const doc = load('hostile-name.html');
    expect(read(doc, 'https://evil.example/p')).toEqual({ url: 'https://evil.example/p', person: null, blocked: false });
    expect(readMicrodataPerson(load('hostile.html'), 'https://evil.example/')).toBeNull(); // "<b …>Evil</b> Person"
  });

  it('caps very long strings', () => {
    const long = 'Engineer '.repeat(100);
    const doc = parse(`<script type="application/ld+json">{"@type":"Person","name":"Jane Doe","jobTitle":"${long}","worksFor":{"name":"${'Acme '.repeat(100)}"}}</script>`);
    const person = readJsonLdPerson(doc, 'https://acme.example/');
    expect(person?.position?.length).toBeLessThanOrEqual(150);
    expect(person?.company?.length).toBeLessThanOrEqual(120);
    expect(person?.position?.endsWith('…')).toBe(true);
  });
});

describe('readSelectionName', () => {
  it('parses a selected name, like parseFullName', () => {
    expect(readSelectionName('  Ada\n  Lovelace ')).toEqual({ ok: true, first: 'Ada', last: 'Lovelace', full: 'Ada Lovelace' });
    expect(readSelectionName('Ada')).toEqual({ ok: false, reason: 'one_word', first: 'Ada', partial: 'Ada' });
  });
});

describe("a page's own first/last split is used as given (issue 12)", () => {
  it('LinkedIn public: profile:first_name with two words is kept whole', () => {
    const person = read(load('linkedin-public-two-word-first.html'), 'https://www.linkedin.com/in/anna-maria-lopez').person;
    expect(person).toMatchObject({ first: 'Anna Maria', last: 'Lopez', fullName: 'Anna Maria Lopez', source: 'linkedin-public' });
  });

  it('LinkedIn public without meta: JSON-LD givenName/familyName, not a re-split of the full name', () => {
    const person = read(load('linkedin-public-jsonld-split.html'), 'https://www.linkedin.com/in/anna-maria-lopez').person;
    expect(person).toMatchObject({ first: 'Anna Maria', last: 'Lopez Garcia', company: 'Stripe' });
  });

  it("LinkedIn signed in: the embedded profile data of the profile the URL names, not the viewer's or a suggestion", () => {
    const url = 'https://www.linkedin.com/in/anna-maria-lopez-4b2a1/';
    const person = read(load('linkedin-logged-in-embedded.html'), url).person;
    expect(person).toMatchObject({ first: 'Anna Maria', last: 'Lopez', company: 'Stripe', source: 'linkedin' });
    // Another profile's URL: its data is not on this page, the heading is read as before.
    expect(readLinkedInProfile(load('linkedin-logged-in-embedded.html'), 'https://www.linkedin.com/in/someone-else/')).toMatchObject({
      first: 'Anna',
      last: 'Lopez',
    });
  });

  it('a bio page: JSON-LD givenName/familyName with particles and a hyphen', () => {
    const person = read(load('team-bio-jsonld-split.html'), 'https://www.bergadvocaten.nl/team/jan-willem').person;
    expect(person).toMatchObject({ first: 'Jan Willem', last: 'van der Berg-de Wit', position: 'Partner', company: 'Berg Advocaten' });
  });

  it('microdata givenName/familyName of two words each', () => {
    expect(readMicrodataPerson(load('person-microdata-split.html'), 'https://conf.example/speakers')).toMatchObject({
      first: 'Mary Jane',
      last: 'Watson Parker',
    });
  });
});
