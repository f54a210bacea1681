import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/lib/i18n';
import type { CardView, RecentEntry } from '@/lib/recent/types';
import { AskForm } from './AskForm';
import { RecentAnswer } from './RecentAnswer';

interface MenuAnswerProps {
  view: CardView;
  /** Show a leads-list picker with the answer (the card has no picker of its own). */
  listPicker: boolean;
  /** Told when the small form found someone, so "Recent" can show it. */
  onFound?: (entry: RecentEntry) => void;
}

const askSentence: Record<Extract<CardView, { state: 'ask' }>['reason'], string> = {
  one_word: 'recent_askOneWord',
  not_a_name: 'recent_askNotAName',
  empty: 'recent_askNotAName',
  no_company: 'recent_askCompany',
};

/** What a right-click answered, wherever it is shown (the in-page card, or the popup's "Recent"). */
export function MenuAnswer({ view, listPicker, onFound }: MenuAnswerProps) {
  const [found, setFound] = useState<RecentEntry | null>(null);
  if (found) return <RecentAnswer entry={found} listPicker={listPicker} />;
  switch (view.state) {
    case 'answer':
      return <RecentAnswer entry={view.entry} listPicker={listPicker} />;
    case 'ask':
      return (
        <div class="stack">
          <p role="status">{t(askSentence[view.reason], view.selection)}</p>
          <AskForm
            question={view.question}
            onAnswer={(entry) => {
              setFound(entry);
              onFound?.(entry);
            }}
          />
        </div>
      );
    case 'no_site':
      return <p class="alert warn" role="status">{t(`recent_noSite_${view.reason}`)}</p>;
    case 'error':
      return <ErrorMessage error={view.error} />;
    case 'expired':
      return <p class="alert warn" role="status">{t('recent_expired')}</p>;
  }
}
