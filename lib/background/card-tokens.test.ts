import { describe, expect, it, vi } from 'vitest';
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

  it('tokens are unguessable: 128 random bits each, not a sequence (a counter fails every check)', () => {
    const tokens = createCardTokens();
    const issued = Array.from({ length: 200 }, () => tokens.issue(answer));
    const bits = (token: string) => BigInt(`0x${token}`);
    const differing = (a: string, b: string) => (bits(a) ^ bits(b)).toString(2).replaceAll('0', '').length;
    // Consecutive tokens differ in about half their 128 bits (a counter: in one or two).
    for (let i = 1; i < issued.length; i++) expect(differing(issued[i - 1]!, issued[i]!)).toBeGreaterThan(32);
    // Every one of the 32 hex places takes many values over 200 tokens (a counter's high places never move).
    for (let place = 0; place < 32; place++) expect(new Set(issued.map((token) => token[place])).size).toBeGreaterThanOrEqual(12);
  });

  it('draws each token from the platform’s cryptographic random source', () => {
    const random = vi.spyOn(crypto, 'getRandomValues');
    createCardTokens().issue(answer);
    expect(random).toHaveBeenCalledWith(expect.objectContaining({ length: 16 }));
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
