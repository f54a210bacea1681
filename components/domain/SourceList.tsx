import { isSafeHttpUrl, type Source } from '@/lib/hunter';
import { t } from '@/lib/i18n';

/** Where an address was seen: a count that opens to the links; anything not http(s) stays plain text. */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <p class="muted sources-none">{t('popup_noSources')}</p>;
  return (
    <details class="sources">
      <summary>{sources.length === 1 ? t('popup_oneSource') : t('popup_sources', String(sources.length))}</summary>
      <ul>
        {sources.slice(0, 20).map((source, index) => (
          <li key={index}>
            {isSafeHttpUrl(source.uri) ? (
              <a href={source.uri} rel="noopener noreferrer" target="_blank">
                {source.uri}
              </a>
            ) : (
              <span class="unsafe-uri">{source.uri}</span>
            )}
            {source.extracted_on && <span class="muted"> · {source.extracted_on}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
