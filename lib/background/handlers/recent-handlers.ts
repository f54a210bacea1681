import type { RecentStore } from '../../recent/recent-store';
import type { CardTokens } from '../card-tokens';
import { answerPerson, readTypedQuestion, type AnswerDeps } from '../menu-answers';
import type { Handlers } from '../router';

export type RecentHandlers = Pick<Handlers, 'cardAnswer' | 'findPerson' | 'recentList' | 'recentClear' | 'popupView'>;

/** The right-click answers: the card's one-time view, its small form, and the "Recent" list. */
export function recentHandlers(recent: RecentStore, tokens: CardTokens, handlers: AnswerDeps['handlers']): RecentHandlers {
  return {
    cardAnswer: async ({ token }) => (await tokens.take(String(token))) ?? { state: 'expired' },
    findPerson: (typed) => answerPerson(readTypedQuestion(typed), { handlers, recent }),
    recentList: () => recent.list(),
    async recentClear() {
      await recent.clear();
      return null;
    },
    popupView: () => recent.takePopupView(),
  };
}
