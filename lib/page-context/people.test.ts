// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPagePeople } from './people';

const load = (name: string) => new DOMParser().parseFromString(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'), 'text/html');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('readPagePeople', () => {
  it('lists the 24 people of a team page in two markups (microdata and team cards), with their roles, and no junk', () => {
    const people = readPagePeople(load('team-page-people.html'));
    expect(people).toHaveLength(24);
    expect(people[0]).toEqual({ fullName: 'Patrick Collison', first: 'Patrick', last: 'Collison', position: 'Chief Executive Officer' });
    expect(people).toContainEqual({ fullName: 'Sophie van der Berg', first: 'Sophie', last: 'van der Berg', position: 'Head of Legal' });
    expect(people).toContainEqual({ fullName: 'Ada Lovelace', first: 'Ada', last: 'Lovelace', position: 'Mathematician in residence' });
    expect(people).toContainEqual({ fullName: 'Grace Hopper', first: 'Grace', last: 'Hopper', position: 'Compiler engineer' });
    expect(people.find((p) => p.last === 'Goldwasser')).toMatchObject({ first: 'Shafi', position: 'Cryptography advisor' });
    const names = people.map((p) => p.fullName);
    for (const junk of ['Careers', 'Contact us', 'Stripe', 'Leadership', 'Stripe, Inc.']) expect(names).not.toContain(junk);
  });

  it('reads JSON-LD people, in a list or a graph, once each', () => {
    const doc = parse(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","employee":[
      {"@type":"Person","name":"Ada Lovelace","jobTitle":"Analyst"},{"@type":"Person","givenName":"Alan","familyName":"Turing"}]}</script>
      <script type="application/ld+json">{"@graph":[{"@type":["Person"],"name":"Ada Lovelace"}]}</script>
      <script type="application/ld+json">{ not json</script>`);
    expect(readPagePeople(doc)).toEqual([
      { fullName: 'Ada Lovelace', first: 'Ada', last: 'Lovelace', position: 'Analyst' },
      { fullName: 'Alan Turing', first: 'Alan', last: 'Turing', position: null },
    ]);
  });

  it('keeps hostile text as text and changes nothing in the page', () => {
    const doc = parse('<div class="card"><h3>&lt;img src=x onerror=alert(1)&gt; Eve</h3><p class="role">Attacker</p></div><div class="card"><h3>Bob Martin</h3><p class="title">&lt;b&gt;CTO&lt;/b&gt;</p></div>');
    const before = doc.documentElement.outerHTML;
    expect(readPagePeople(doc)).toEqual([{ fullName: 'Bob Martin', first: 'Bob', last: 'Martin', position: '<b>CTO</b>' }]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
