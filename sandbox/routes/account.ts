// GET /v2/account: free; the plan and its counters, in both the newer `requests` and the older `calls` shape
// (`calls` alone, exactly as the docs show it, for the key of an older account).
import { ok, type Reply } from '../http';
import { resetDate } from '../keys';
import { requireAccount, type RouteContext } from './context';

export function account(ctx: RouteContext): Reply {
  const profile = requireAccount(ctx);
  const { searches, verifications } = ctx.state.usage[profile.key];
  return ok({
    data: {
      first_name: profile.first_name,
      last_name: profile.last_name,
      email: profile.email,
      plan_name: profile.plan_name,
      plan_level: profile.plan_level,
      reset_date: resetDate(ctx.now),
      team_id: 1,
      calls: {
        used: searches.used + verifications.used,
        available: searches.available + verifications.available,
      },
      ...(!profile.olderAccount && {
        requests: {
          searches: { ...searches },
          verifications: { ...verifications },
        },
      }),
    },
  });
}
