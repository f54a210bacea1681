// GET /v2/email-count: free and keyless; how many addresses a domain has, by type, department, seniority.
import { ok, type Reply } from '../http';
import { enumParam } from '../params';
import { DEPARTMENTS, SENIORITIES } from '../types';
import type { RouteContext } from './context';
import { resolveDomain } from './resolve-domain';

export function emailCount(ctx: RouteContext): Reply {
  const resolved = resolveDomain(ctx.query, { allowCompany: false });
  const type = enumParam(ctx.query, 'type', ['personal', 'generic'] as const);
  const all = resolved.seed?.emails ?? [];
  const emails = type ? all.filter((e) => e.type === type) : all;
  const department = Object.fromEntries(DEPARTMENTS.map((d) => [d, emails.filter((e) => e.department === d).length]));
  const seniority = Object.fromEntries(SENIORITIES.map((s) => [s, emails.filter((e) => e.seniority === s).length]));
  return ok({
    data: {
      total: emails.length,
      personal_emails: emails.filter((e) => e.type === 'personal').length,
      generic_emails: emails.filter((e) => e.type === 'generic').length,
      department,
      seniority,
    },
    meta: { params: { domain: resolved.params.domain, type } },
  });
}
