/** Test and demo builds (`wxt build --mode e2e`) start pointed at the local sandbox with its demo key. */
export const IS_E2E_BUILD = import.meta.env.MODE === 'e2e';

export const PRODUCTION_API_BASE = 'https://api.hunter.io/v2';
// Set by wxt.config.ts from QUARRY_SANDBOX_PORT, so two checkouts can run their e2e suites side by side.
declare const __QUARRY_SANDBOX_PORT__: string | undefined;
const SANDBOX_PORT = typeof __QUARRY_SANDBOX_PORT__ === 'string' ? __QUARRY_SANDBOX_PORT__ : '8787';
export const SANDBOX_API_BASE = `http://127.0.0.1:${SANDBOX_PORT}/v2`;
export const SANDBOX_DEMO_KEY = 'sandbox-demo-key';

export const DEFAULT_API_BASE = IS_E2E_BUILD ? SANDBOX_API_BASE : PRODUCTION_API_BASE;

/**
 * The e2e build's per-attempt request timeout. The fault-table tests wait out a request that never answers;
 * at the client's real timeouts (20 s, the verifier's 25 s) each such row cost over 20 s of CI time. Every other
 * build returns undefined: the client's own defaults apply, unchanged.
 */
export const E2E_REQUEST_TIMEOUT_MS = 5_000;
export function requestTimeoutFor(mode: string): number | undefined {
  return mode === 'e2e' ? E2E_REQUEST_TIMEOUT_MS : undefined;
}
export const REQUEST_TIMEOUT_MS = requestTimeoutFor(import.meta.env.MODE);
