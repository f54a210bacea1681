import { registrableDomain } from '../../domains';
import type { Handlers } from '../router';

export type DomainHandlers = Pick<Handlers, 'resolveDomain'>;

// The public-suffix list weighs ~50 KB gzipped: it stays in the background, and the UI asks.
export const domainHandlers: DomainHandlers = {
  resolveDomain: async ({ input }) => registrableDomain(input),
};
