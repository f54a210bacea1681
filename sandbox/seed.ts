// Deterministic seed data: the domains domain-search knows, and the leads and lists the account starts with.
// Hand-written people come first (so the first page of stripe.com shows every script and every hostile
// string); the rest is generated from a seeded PRNG so paging has real depth.
import { createRng, type Rng } from './prng';
import { applyPattern, asciiSlug } from './text';
import type {
  CompanyInfo, Department, Lead, LeadsList, SeedDomain, SeedEmail, Seniority, Source, Verification,
} from './types';

/** Strings that must be rendered as text, never as HTML or followed as links. */
export const HOSTILE = {
  html: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  jsUri: 'javascript:window.__pwned=1',
  jsAlert: 'javascript:alert(1)',
  attr: '"><svg onload=window.__pwned=1>',
} as const;

function isoDate(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const d = String(rng.int(1, 28)).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function makeSources(rng: Rng, domain: string, count: number): Source[] {
  const hosts = [domain, `blog.${domain}`, 'github.com', 'medium.com', 'news.ycombinator.com', 'twitter.com'];
  const sources: Source[] = [];
  for (let i = 0; i < Math.min(count, 20); i++) {
    const host = rng.pick(hosts);
    const extracted = isoDate(rng, 2019, 2023);
    sources.push({
      domain: host,
      uri: `https://${host}/${rng.pick(['about', 'team', 'blog', 'press', 'careers', 'posts'])}/${i + 1}`,
      extracted_on: extracted,
      last_seen_on: isoDate(rng, 2024, 2025),
      still_on_page: rng.chance(0.7),
    });
  }
  return sources;
}

function makeVerification(rng: Rng, acceptAll: boolean): Verification {
  if (rng.chance(0.35)) return { date: null, status: null };
  return { date: isoDate(rng, 2024, 2025), status: acceptAll ? 'accept_all' : 'valid' };
}

interface PersonSpec extends Partial<SeedEmail> {
  local: string;
}

function person(rng: Rng, domain: string, spec: PersonSpec): SeedEmail {
  return {
    type: 'personal',
    confidence: rng.int(80, 99),
    sources: makeSources(rng, domain, rng.int(1, 4)),
    first_name: null,
    last_name: null,
    position: null,
    seniority: null,
    department: null,
    linkedin: null,
    twitter: null,
    phone_number: null,
    verification: makeVerification(rng, false),
    ...spec,
  };
}

const FIRST_NAMES = [
  'Alice', 'Bruno', 'Camille', 'Diego', 'Élodie', 'François', 'Greta', 'Hugo', 'Inès', 'João', 'Karin',
  'Lars', 'Marta', 'Núria', 'Oskar', 'Paulina', 'Quentin', 'Renée', 'Søren', 'Tomás', 'Ursula', 'Václav',
  'Wojciech', 'Ximena', 'Yusuf', 'Zoë', 'Chloé', 'Björn', 'Łukasz', 'Priya', 'Kwame', 'Mei', 'Olu', 'Sven',
];
const LAST_NAMES = [
  'Andersson', 'Bauer', 'Castillo', 'Dubois', 'Eriksen', 'Fernández', 'García', 'Hansen', 'Ivanović',
  'Jørgensen', 'Kowalski', 'López', 'Müller', 'Nováková', "O'Brien", 'Peña', 'Quintero', 'Rossi', 'Schäfer',
  'Tanaka', 'Urbina', 'Valdés', 'Weiß', 'Yılmaz', 'Zieliński', 'Mensah', 'Okafor', 'Nakamura', 'Singh',
];
const POSITIONS: ReadonlyArray<[string | null, Department | null, Seniority | null]> = [
  ['Software Engineer', 'it', 'junior'],
  ['Senior Software Engineer', 'it', 'senior'],
  ['Account Executive', 'sales', 'senior'],
  ['Sales Development Representative', 'sales', 'junior'],
  ['Marketing Manager', 'marketing', 'senior'],
  ['Product Designer', 'design', 'senior'],
  ['Support Specialist', 'support', 'junior'],
  ['Head of Finance', 'finance', 'executive'],
  ['Legal Counsel', 'legal', 'senior'],
  ['Recruiter', 'hr', 'junior'],
  ['Communications Lead', 'communication', 'senior'],
  ['Operations Analyst', 'operations', 'junior'],
  ['VP of Engineering', 'executive', 'executive'],
  ['Engineering Manager', 'management', 'senior'],
  [null, null, null],
];
const GENERIC_LOCALS: ReadonlyArray<[string, Department | null]> = [
  ['info', null], ['support', 'support'], ['sales', 'sales'], ['press', 'communication'], ['jobs', 'hr'],
  ['security', 'it'], ['privacy', 'legal'], ['billing', 'finance'], ['partners', 'sales'], ['legal', 'legal'],
  ['hello', null], ['team', null], ['careers', 'hr'], ['compliance', 'legal'], ['abuse', 'it'],
  ['events', 'marketing'],
];

function generic(rng: Rng, domain: string, local: string, department: Department | null, acceptAll: boolean): SeedEmail {
  return {
    local,
    type: 'generic',
    confidence: rng.int(70, 95),
    sources: makeSources(rng, domain, rng.int(0, 5)),
    first_name: null,
    last_name: null,
    position: null,
    seniority: null,
    department,
    linkedin: null,
    twitter: null,
    phone_number: rng.chance(0.2) ? `+1 415 555 ${String(rng.int(100, 9999)).padStart(4, '0')}` : null,
    verification: makeVerification(rng, acceptAll),
  };
}

/** Adds generated people and generic addresses after the hand-written ones, in a seeded shuffled order. */
function fill(rng: Rng, domain: string, pattern: string, handWritten: SeedEmail[], personal: number, generics: number, acceptAll = false): SeedEmail[] {
  const taken = new Set(handWritten.map((e) => e.local));
  const extra: SeedEmail[] = [];
  let guard = 0;
  while (extra.filter((e) => e.type === 'personal').length < personal && guard++ < 10_000) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    let local = applyPattern(pattern, first, last) ?? asciiSlug(first);
    // Real domains deviate from their pattern when names collide.
    if (taken.has(local)) local = `${asciiSlug(first)}.${asciiSlug(last)}`;
    if (taken.has(local)) local = `${asciiSlug(first)}${rng.int(2, 99)}`;
    if (taken.has(local)) continue;
    taken.add(local);
    const [position, department, seniority] = rng.pick(POSITIONS);
    const slug = `${asciiSlug(first)}-${asciiSlug(last)}`;
    extra.push({
      local,
      type: 'personal',
      confidence: rng.int(40, 99),
      sources: makeSources(rng, domain, rng.int(0, 6)),
      first_name: first,
      last_name: rng.chance(0.1) ? null : last,
      position,
      seniority,
      department,
      linkedin: rng.chance(0.5) ? `https://www.linkedin.com/in/${slug}` : null,
      twitter: rng.chance(0.3) ? slug.replace('-', '_') : null,
      phone_number: rng.chance(0.15) ? `+1 415 555 ${String(rng.int(100, 9999)).padStart(4, '0')}` : null,
      verification: makeVerification(rng, acceptAll),
    });
  }
  for (const [local, department] of GENERIC_LOCALS.slice(0, generics)) {
    if (!taken.has(local)) extra.push(generic(rng, domain, local, department, acceptAll));
  }
  // Fisher-Yates with the seeded PRNG so generic and personal addresses interleave.
  for (let i = extra.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = extra[i];
    const b = extra[j];
    if (a && b) {
      extra[i] = b;
      extra[j] = a;
    }
  }
  return [...handWritten, ...extra];
}

function emptyInfo(organization: string | null): CompanyInfo {
  return {
    organization, description: null, industry: null, twitter: null, facebook: null, linkedin: null,
    instagram: null, youtube: null, technologies: [], country: null, state: null, city: null,
    postal_code: null, street: null, headcount: null, company_type: null,
  };
}

function stripe(): SeedDomain {
  const d = 'stripe.com';
  const rng = createRng(d);
  const hostileSources = makeSources(rng, d, 2);
  hostileSources.push({
    domain: `evil.example${HOSTILE.attr}`, uri: HOSTILE.jsUri, extracted_on: '2024-01-02', last_seen_on: '2025-01-02', still_on_page: true,
  });
  const handWritten: SeedEmail[] = [
    person(rng, d, {
      local: 'patrick', first_name: 'Patrick', last_name: 'Collison', position: 'CEO', seniority: 'executive',
      department: 'executive', confidence: 99, linkedin: 'https://www.linkedin.com/in/patrickcollison',
      twitter: 'patrickc', sources: makeSources(rng, d, 20), verification: { date: '2025-03-14', status: 'valid' },
    }),
    person(rng, d, {
      local: 'mallory', first_name: 'Mallory', last_name: HOSTILE.script, position: HOSTILE.html,
      seniority: 'senior', department: 'it', linkedin: HOSTILE.jsAlert, twitter: HOSTILE.attr,
      sources: hostileSources,
    }),
    person(rng, d, {
      local: 'anna', first_name: 'Анна', last_name: 'Петрова', position: 'Инженер-программист',
      seniority: 'senior', department: 'it', phone_number: '+7 495 555-01-23',
    }),
    person(rng, d, {
      local: 'hoon', first_name: 'Jeremy', last_name: 'Hoon', position: 'Account Executive', seniority: 'senior',
      department: 'sales', confidence: 91,
    }),
    person(rng, d, {
      local: 'giorgos', first_name: 'Γιώργος', last_name: 'Παπαδόπουλος', position: 'Product Manager',
      seniority: 'senior', department: 'management',
    }),
    person(rng, d, {
      local: 'wei', first_name: '伟', last_name: '王', position: '软件工程师', seniority: 'junior', department: 'it',
      phone_number: '+86 10 5555 0199',
    }),
    {
      ...generic(rng, d, 'info', null, false),
      sources: [{ domain: 'evil.example', uri: HOSTILE.jsUri, extracted_on: '2023-05-06', last_seen_on: '2025-02-03', still_on_page: false }],
    },
    person(rng, d, {
      local: 'mohammed', first_name: 'محمد', last_name: 'العلي', position: 'مدير المبيعات', seniority: 'executive',
      department: 'sales',
    }),
    person(rng, d, {
      local: 'hanako', first_name: '花子', last_name: '佐藤', position: 'デザイナー', seniority: 'junior',
      department: 'design',
    }),
    // Everything optional missing: the UI must cope with nulls and no sources.
    person(rng, d, {
      local: 'jose', first_name: 'José', last_name: 'Ñúñez-Gómez', confidence: 41, sources: [],
      verification: { date: null, status: null },
    }),
    person(rng, d, { local: 'okafor', first_name: null, last_name: 'Okafor', position: 'Data Scientist', department: 'it' }),
    person(rng, d, { local: 'zoe', first_name: 'Zoë', last_name: null, position: 'Recruiter', department: 'hr', seniority: 'junior' }),
  ];
  return {
    domain: d,
    companyNames: ['stripe', 'stripe, inc.', 'stripe inc'],
    pattern: '{first}',
    accept_all: false,
    info: {
      ...emptyInfo('Stripe'),
      description: 'Online payment processing for internet businesses.',
      industry: 'Financial Services',
      twitter: 'https://twitter.com/stripe',
      facebook: 'https://www.facebook.com/StripeHQ',
      linkedin: 'https://www.linkedin.com/company/stripe',
      technologies: ['react', 'ruby', 'amazon-web-services'],
      country: 'US', state: 'CA', city: 'South San Francisco', postal_code: '94080',
      street: '354 Oyster Point Blvd', headcount: '5001-10000', company_type: 'privately held',
    },
    // 12 hand-written + 110 generated personal + 15 more generic (info is hand-written) = 137 addresses,
    // so 100-per-page paging has a real second page. Other modules' tests rely on exactly 137.
    emails: fill(rng, d, '{first}', handWritten, 110, 16),
  };
}

function asana(): SeedDomain {
  const d = 'asana.com';
  const rng = createRng(d);
  const handWritten = [
    person(rng, d, {
      local: 'dustin', first_name: 'Dustin', last_name: 'Moskovitz', position: 'Co-founder', seniority: 'executive',
      department: 'executive', confidence: 95, twitter: 'moskov',
      sources: [{ domain: 'blog.asana.com', uri: 'http://blog.asana.com', extracted_on: '2015-09-27', last_seen_on: '2025-01-10', still_on_page: true }],
    }),
    person(rng, d, { local: 'justin', first_name: 'Justin', last_name: 'Rosenstein', position: 'Co-founder', seniority: 'executive', department: 'executive' }),
  ];
  return {
    domain: d,
    companyNames: ['asana', 'asana, inc.'],
    pattern: '{first}',
    accept_all: false,
    info: { ...emptyInfo('Asana'), industry: 'Software', country: 'US', city: 'San Francisco', linkedin: 'https://www.linkedin.com/company/asana' },
    emails: fill(rng, d, '{first}', handWritten, 8, 2),
  };
}

function intercom(): SeedDomain {
  const d = 'intercom.io';
  const rng = createRng(d);
  const handWritten = [
    person(rng, d, {
      local: 'ciaran', first_name: 'Ciaran', last_name: 'Lee', position: 'Support Engineer', seniority: 'junior',
      department: 'support', confidence: 92, twitter: 'ciaran_lee',
      sources: [
        { domain: 'github.com', uri: 'http://github.com/ciaranlee', extracted_on: '2015-07-29', last_seen_on: '2024-11-02', still_on_page: true },
        { domain: 'blog.intercom.io', uri: 'http://blog.intercom.io/were-hiring-a-support-engineer/', extracted_on: '2015-08-29', last_seen_on: '2023-06-30', still_on_page: false },
      ],
    }),
  ];
  return {
    domain: d,
    companyNames: ['intercom'],
    pattern: '{first}',
    accept_all: false,
    info: { ...emptyInfo('Intercom'), industry: 'Software', country: 'US', city: 'San Francisco' },
    emails: fill(rng, d, '{first}', handWritten, 30, 4),
  };
}

function bbc(): SeedDomain {
  const d = 'bbc.co.uk';
  const rng = createRng(d);
  return {
    domain: d,
    companyNames: ['bbc', 'british broadcasting corporation'],
    pattern: '{first}.{last}',
    accept_all: true,
    info: { ...emptyInfo('BBC'), industry: 'Broadcast Media', country: 'GB', city: 'London' },
    emails: fill(rng, d, '{first}.{last}', [], 6, 2, true),
  };
}

function muenchen(): SeedDomain {
  const d = 'xn--mnchen-3ya.de';
  const rng = createRng(d);
  const handWritten = [
    person(rng, d, { local: 'juergen.mueller', first_name: 'Jürgen', last_name: 'Müller', position: 'Referent', department: 'management', seniority: 'senior' }),
    person(rng, d, { local: 'susanne.weiss', first_name: 'Susanne', last_name: 'Weiß', position: 'Pressesprecherin', department: 'communication', seniority: 'senior' }),
    generic(rng, d, 'poststelle', null, false),
    generic(rng, d, 'buergerbuero', 'support', false),
  ];
  return {
    domain: d,
    companyNames: ['münchen', 'landeshauptstadt münchen', 'stadt münchen'],
    pattern: '{first}.{last}',
    accept_all: false,
    info: { ...emptyInfo('Landeshauptstadt München'), country: 'DE', city: 'München' },
    emails: handWritten,
  };
}

function empty(): SeedDomain {
  return { domain: 'empty.example', companyNames: ['empty'], pattern: null, accept_all: false, info: emptyInfo(null), emails: [] };
}

/** Built once: the data is immutable and identical on every run. */
export const SEED_DOMAINS: ReadonlyMap<string, SeedDomain> = new Map(
  [stripe(), asana(), intercom(), bbc(), muenchen(), empty()].map((s) => [s.domain, s]),
);

export function findDomainByCompany(company: string): SeedDomain | undefined {
  const wanted = company.trim().toLowerCase();
  for (const seed of SEED_DOMAINS.values()) {
    if (seed.companyNames.includes(wanted) || seed.info.organization?.toLowerCase() === wanted) return seed;
  }
  return undefined;
}

export const WEBMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com', 'gmx.de', 'yandex.ru', 'proton.me', 'protonmail.com']);
export const DISPOSABLE_DOMAINS = new Set(['mailinator.com', 'guerrillamail.com', 'yopmail.com', '10minutemail.com']);

function lead(id: number, listId: number, fields: Partial<Lead>): Lead {
  return {
    id, first_name: null, last_name: null, position: null, company: null, company_industry: null,
    company_size: null, email: null, confidence_score: null, website: null, country_code: null,
    postal_code: null, source: null, linkedin_url: null, phone_number: null, twitter: null,
    ...fields, leads_list_id: listId,
  };
}

export function seedLists(): LeadsList[] {
  return [
    { id: 1, name: 'My leads list', team_id: null },
    { id: 2, name: 'Prospects', team_id: 1 },
  ];
}

export function seedLeads(): Lead[] {
  return [
    lead(1, 1, { first_name: 'Jeremy', last_name: 'Hoon', company: 'Stripe', email: 'hoon@stripe.com', website: 'https://stripe.com' }),
    lead(2, 1, {
      first_name: 'Dustin', last_name: 'Moskovitz', position: 'CEO', company: 'Asana', email: 'dustin@asana.com',
      website: 'https://asana.com', country_code: 'US', twitter: 'moskov',
    }),
    lead(3, 2, {
      first_name: 'Patrick', last_name: 'Collison', position: 'CEO', company: 'Stripe', email: 'patrick@stripe.com',
      confidence_score: 99, website: 'https://stripe.com', country_code: 'US', linkedin_url: 'https://www.linkedin.com/in/patrickcollison',
      twitter: 'patrickc',
    }),
    lead(4, 2, { first_name: 'Анна', last_name: 'Петрова', position: 'Инженер-программист', company: 'Stripe', email: 'anna@stripe.com', confidence_score: 88 }),
    lead(5, 2, {
      first_name: HOSTILE.html, last_name: HOSTILE.script, position: HOSTILE.attr, company: 'Evil & Co <b>bold</b>',
      email: 'mallory@stripe.com', website: HOSTILE.jsUri, source: HOSTILE.jsUri, linkedin_url: HOSTILE.jsAlert, twitter: HOSTILE.attr,
    }),
    lead(6, 2, { first_name: 'Ciaran', last_name: 'Lee', position: 'Support Engineer', company: 'Intercom', email: 'ciaran@intercom.io', confidence_score: 92, twitter: 'ciaran_lee' }),
  ];
}

/** Generated leads for paging tests (POST /__sandbox/seed-leads). */
export function generatedLeads(count: number, listId: number, firstId: number): Lead[] {
  const rng = createRng(`leads-${listId}`);
  return Array.from({ length: count }, (_, i) => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    return lead(firstId + i, listId, {
      first_name: first, last_name: last, company: 'Paging Example', email: `lead-${listId}-${i + 1}@paging.example`,
      confidence_score: rng.int(30, 99), website: 'https://paging.example',
    });
  });
}
