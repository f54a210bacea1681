import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocale } from '../scripts/locales';
import { timeAgo } from './time-ago';

const english = readLocale('en');
fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
  english[key]!.message.replace('$1', String([subs].flat()[0] ?? ''))) as typeof fakeBrowser.i18n.getMessage;

describe('timeAgo', () => {
  const now = 1_000_000_000;
  it('says how long ago in the largest whole unit', () => {
    expect(timeAgo(now - 5_000, now)).toBe('just now');
    expect(timeAgo(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(timeAgo(now - 3 * 3_600_000 - 1, now)).toBe('3 h ago');
    expect(timeAgo(now - 2 * 86_400_000, now)).toBe('2 d ago');
  });
  it('never says a time in the future', () => {
    expect(timeAgo(now + 60_000, now)).toBe('just now');
  });
});
