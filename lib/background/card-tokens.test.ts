import { describe, expect, it } from 'vitest';
import { createCardTokens } from './card-tokens';

const answer = { state: 'no_site', reason: 'not_web' } as const;

describe('card tokens', () => {
  it('gives the view once to the card holding the token', async () => {
    const tokens = createCardTokens();
    const token = tokens.issue(answer);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(await tokens.take(token)).toEqual(answer);
    expect(await tokens.take(token)).toBeNull();
  });

  it('a page that frames the card with a made-up or empty token gets nothing', async () => {
    const tokens = createCardTokens();
    tokens.issue(answer);
    expect(await tokens.take('0'.repeat(32))).toBeNull();
    expect(await tokens.take('')).toBeNull();
  });

  it('tokens are unguessable: each one is new', () => {
    const tokens = createCardTokens();
    const seen = new Set(Array.from({ length: 200 }, () => tokens.issue(answer)));
    expect(seen.size).toBe(200);
  });

  it('waits for an answer still on its way', async () => {
    const tokens = createCardTokens();
    let settle!: (v: typeof answer) => void;
    const token = tokens.issue(new Promise((resolve) => (settle = resolve)));
    const taken = tokens.take(token);
    settle(answer);
    expect(await taken).toEqual(answer);
  });

  it('forgets tokens after five minutes', async () => {
    let clock = 0;
    const tokens = createCardTokens({ now: () => clock });
    const token = tokens.issue(answer);
    clock += 5 * 60_000 + 1;
    expect(await tokens.take(token)).toBeNull();
  });
});
