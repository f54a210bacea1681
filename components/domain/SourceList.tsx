import { useState } from 'preact/hooks';
import { isSafeHttpUrl, type Source } from '@/lib/hunter';
import { t } from '@/lib/i18n';

/**
 * Where an address was seen: a count that opens to the links; anything not http(s) stays plain text. The links
 * are drawn when opened: up to 20 a row, they were most of the popup's first render, for a list seldom opened.
 */
export function SourceList({ sources }: { sources: Source[] }) {
  const [open, setOpen] = useState(false);
  if (sources.length === 0) return <p class="muted sources-none">{t('popup_noSources')}</p>;
  return (
    <details class="sources" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{sources.length === 1 ? t('popup_oneSource') : t('popup_sources', String(sources.length))}</summary>
      {open && (
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
      )}
    </details>
  );
}
