import { LeadsListPicker } from '@/components/leads/list-choice';
import { SaveLeadButton } from '@/components/leads/SaveLeadButton';
import { VerifyButton } from '@/components/verifier/VerifyButton';
import { isSafeHttpUrl, type EmailFinderData } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { FinderQuery } from './finder-input';
import { leadDraftFromFinder } from './finder-lead-draft';

interface FinderAnswerProps {
  data: EmailFinderData;
  query: FinderQuery;
  company: string | null;
  listPicker: boolean;
}

/** The address found (or a clear "not found"), its score and sources, with verify and save beside it. */
export function FinderAnswer({ data, query, company, listPicker }: FinderAnswerProps) {
  const who = `${query.first} ${query.last}`;
  if (!data.email) {
    return (
      <p class="finder-answer card muted" role="status">
        {t('finder_notFound', [who, query.display])}
      </p>
    );
  }
  return (
    <article class="finder-answer card stack" aria-label={t('finder_answerLabel')}>
      <div class="row">
        <strong class="finder-email" elementtiming="quarry-address">{data.email}</strong>
        <span class="muted">{data.score === null ? t('finder_noScore') : t('finder_score', String(data.score))}</span>
      </div>
      {data.sources.length === 0 ? (
        <p class="muted">{t('finder_noSources')}</p>
      ) : (
        <details>
          <summary>{t('finder_sources', String(data.sources.length))}</summary>
          <ul class="finder-sources" aria-label={t('finder_sourcesLabel')}>
            {data.sources.map((source, index) => (
              <li key={index}>
                {isSafeHttpUrl(source.uri) ? (
                  <a href={source.uri} target="_blank" rel="noopener noreferrer">{source.uri}</a>
                ) : (
                  <span>{source.domain}</span>
                )}
                {source.extracted_on && <span class="muted"> · {source.extracted_on}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <VerifyButton email={data.email} />
      {listPicker && <LeadsListPicker />}
      <SaveLeadButton draft={leadDraftFromFinder(data, query, company)} />
    </article>
  );
}
