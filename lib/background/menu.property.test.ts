import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registrableDomain } from '../domains';
import type { PagePerson } from '../page-context/types';
import { createRecentStore } from '../recent/recent-store';
import { AppError } from './app-error';
import { answerQuestion, readTypedQuestion, type AnswerDeps } from './menu-answers';
import { MENU_IDS, planQuestion } from './menu-question';

// Right-click "Find email" on anything a page can offer: a selection, a link, the page's own address and the
// person its markup names. Whatever it is, the answer comes back (never a throw), and a paid call goes out only
// for a question that can be answered: two name parts and a searchable domain (or a company name).

const anyText = fc.string({ unit: 'binary', maxLength: 80 });
const selection = fc.oneof(anyText, fc.constantFrom('Ada Lovelace', 'Lovelace', 'Dr. Ada', '', '  ', 'info@stripe.com', '李小龍', '<script>x</script> y'));
const address = fc.oneof(fc.webUrl({ withQueryParameters: true }), anyText, fc.constantFrom('chrome://newtab/', 'https://www.linkedin.com/in/jane', 'http://127.0.0.1:8080/', 'about:blank', 'https://gmail.com/'));
const person = fc.option(
  fc.record({ fullName: anyText, first: anyText, last: anyText, position: fc.option(anyText, { nil: null }), company: fc.option(anyText, { nil: null }), companyWebsite: fc.option(address, { nil: null }), linkedinUrl: fc.constant(null), source: fc.constant('json-ld' as PagePerson['source']) }),
  { nil: null },
);
const SEARCHABLE = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

let n = 0;
function recordingDeps() {
  const emailFinder = vi.fn(async (p: Record<string, string>) => ({ value: { data: { email: null, score: null, domain: p.domain ?? null, sources: [] } }, fetchedAt: 1, fromCache: false }));
  const domainSearch = vi.fn(async (p: { domain: string }) => ({ value: { data: { domain: p.domain, organization: null, emails: [] }, meta: { results: 0 } }, fetchedAt: 1, fromCache: false }));
  const recent = createRecentStore({ store: createStore(`menu-property-${++n}`, 'recent') });
  return { emailFinder, domainSearch, deps: { handlers: { emailFinder, domainSearch } as unknown as AnswerDeps['handlers'], recent } };
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
});

describe('the right-click menu, on anything a page offers', () => {
  it('answers every click, and pays only for a question that can be answered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.values(MENU_IDS)), selection, address, address, person, async (item, selectionText, linkUrl, pageUrl, pagePerson) => {
        const { emailFinder, domainSearch, deps } = recordingDeps();
        const question = planQuestion({ menuItemId: item, selectionText, linkUrl, pageUrl }, { url: pageUrl, person: pagePerson });
        const view = await answerQuestion(question, deps);
        expect(['answer', 'ask', 'no_site', 'error']).toContain(view.state);
        for (const [asked] of emailFinder.mock.calls) {
          expect(asked.first_name?.trim() ?? '').not.toBe('');
          expect(asked.last_name?.trim() ?? '').not.toBe('');
          if (asked.domain !== undefined) expect(asked.domain).toMatch(SEARCHABLE);
          else expect(asked.company?.trim() ?? '').not.toBe('');
        }
        for (const [asked] of domainSearch.mock.calls) {
          expect(asked.domain).toMatch(SEARCHABLE);
          expect(registrableDomain(asked.domain)).toMatchObject({ ok: true, domain: asked.domain });
        }
        expect(emailFinder.mock.calls.length + domainSearch.mock.calls.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it("the card's small form: a question is checked before any call, or refused with a sentence", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.option(anyText, { nil: null }), fc.option(anyText, { nil: null }), (first, last, domain, company) => {
        try {
          const question = readTypedQuestion({ first, last, domain, company, pageUrl: null });
          expect(question.first).not.toBe('');
          expect(question.last).not.toBe('');
          if (question.domain !== null) expect(question.domain).toMatch(SEARCHABLE);
          else expect(question.company).toBeTruthy();
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
