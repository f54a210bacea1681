// GET /v2/domain-search: every address of a domain, paged, filtered; costs a search when it returns any.
import { ApiFailure, ok, type Reply } from '../http';
import { enumParam, intParam, listParam } from '../params';
import { DISPOSABLE_DOMAINS, WEBMAIL_DOMAINS } from '../seed';
import { DEPARTMENTS, SENIORITIES, type SeedEmail } from '../types';
import { requireAccount, type RouteContext } from './context';
import { spendCredit } from './quota';
import { resolveDomain } from './resolve-domain';

const REQUIRED_FIELDS = ['full_name', 'position', 'phone_number'] as const;
const FREE_PLAN_RESULTS = 10;

function hasRequired(email: SeedEmail, field: (typeof REQUIRED_FIELDS)[number]): boolean {
  if (field === 'full_name') return email.first_name !== null && email.last_name !== null;
  return email[field] !== null;
}

export function emailJson(email: SeedEmail, domain: string): Record<string, unknown> {
  return {
    value: `${email.local}@${domain}`,
    type: email.type,
    confidence: email.confidence,
    sources: email.sources,
    first_name: email.first_name,
    last_name: email.last_name,
    position: email.position,
    seniority: email.seniority,
    department: email.department,
    linkedin: email.linkedin,
    twitter: email.twitter,
    phone_number: email.phone_number,
    verification: email.verification,
  };
}

export function domainSearch(ctx: RouteContext): Reply {
  const account = requireAccount(ctx);
  const { query } = ctx;
  const resolved = resolveDomain(query);
  const limit = intParam(query, 'limit', 10, 1, 100);
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const type = enumParam(query, 'type', ['personal', 'generic'] as const);
  const seniority = listParam(query, 'seniority', SENIORITIES);
  const department = listParam(query, 'department', DEPARTMENTS);
  const required = listParam(query, 'required_field', REQUIRED_FIELDS);

  if (account.freePlan && offset + limit > FREE_PLAN_RESULTS) {
    throw new ApiFailure(400, 'pagination_error',
      `You are on a free plan, limited to the first ${FREE_PLAN_RESULTS} results. Use offset + limit of ${FREE_PLAN_RESULTS} or less, or upgrade your plan to see them all.`);
  }

  const seed = resolved.seed;
  const matches = (seed?.emails ?? []).filter((e) =>
    (!type || e.type === type)
    && (!seniority || (e.seniority !== null && seniority.includes(e.seniority)))
    && (!department || (e.department !== null && department.includes(e.department)))
    && (!required || required.every((f) => hasRequired(e, f))));
  const page = matches.slice(offset, offset + limit);
  // "A new query is counted for calls returning at least one result."
  if (page.length > 0) spendCredit(ctx.state, account, 'searches', ctx.now);

  const domain = resolved.display;
  const info = seed?.info;
  return ok({
    data: {
      domain,
      disposable: domain !== null && DISPOSABLE_DOMAINS.has(resolved.ascii ?? ''),
      webmail: domain !== null && WEBMAIL_DOMAINS.has(resolved.ascii ?? ''),
      accept_all: seed?.accept_all ?? false,
      pattern: seed?.pattern ?? null,
      organization: info?.organization ?? null,
      description: info?.description ?? null,
      industry: info?.industry ?? null,
      twitter: info?.twitter ?? null,
      facebook: info?.facebook ?? null,
      linkedin: info?.linkedin ?? null,
      instagram: info?.instagram ?? null,
      youtube: info?.youtube ?? null,
      technologies: info?.technologies ?? [],
      country: info?.country ?? null,
      state: info?.state ?? null,
      city: info?.city ?? null,
      postal_code: info?.postal_code ?? null,
      street: info?.street ?? null,
      headcount: info?.headcount ?? null,
      company_type: info?.company_type ?? null,
      emails: domain === null ? [] : page.map((e) => emailJson(e, domain)),
      linked_domains: [],
    },
    meta: {
      results: matches.length,
      limit,
      offset,
      params: {
        domain: resolved.params.domain,
        company: resolved.params.company,
        type,
        seniority: seniority?.join(',') ?? null,
        department: department?.join(',') ?? null,
      },
    },
  });
}
