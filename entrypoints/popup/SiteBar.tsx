import { useEffect, useState } from 'preact/hooks';
import { QUOTA_REASON_ID } from '@/lib/account/quota';
import type { DomainFailure } from '@/lib/domains';
import { t } from '@/lib/i18n';
import { siteOfText } from '@/lib/site/site-of-url';
import type { Site } from './popup-tabs';

interface SiteBarProps {
  /** The domain searched now (from the tab, or typed). */
  site: Site | null;
  /** The tab has no company: the box gets the focus. */
  askForDomain: boolean;
  onChoose: (site: Site) => void;
  onRefresh: () => void;
  /** The plan's searches are spent: Search and Refresh would pay (and fail), so they are off, with the reason. */
  searchesSpent: boolean;
}

export function reasonSentence(reason: DomainFailure): string {
  switch (reason) {
    case 'empty': return t('popup_reasonEmpty');
    case 'invalid': return t('popup_reasonInvalid');
    case 'ip': return t('popup_reasonIp');
    case 'localhost': return t('popup_reasonLocalhost');
    case 'not_web': return t('popup_reasonNotWeb');
    case 'webmail': return t('popup_reasonWebmail');
    case 'no_suffix': return t('popup_reasonNoSuffix');
    case 'not_company': return t('popup_reasonNotCompany');
  }
}

/** The "Domain" box: filled from the tab, always editable, so any company can be searched from anywhere. */
export function SiteBar({ site, askForDomain, onChoose, onRefresh, searchesSpent }: SiteBarProps) {
  const [text, setText] = useState(site?.display ?? '');
  const [problem, setProblem] = useState<DomainFailure | null>(null);

  useEffect(() => {
    setText(site?.display ?? '');
  }, [site?.domain]);

  async function submit(event: Event) {
    event.preventDefault();
    if (searchesSpent) return;
    const result = await siteOfText(text);
    if (!result.ok) return setProblem(result.reason);
    setProblem(null);
    setText(result.display);
    onChoose({ domain: result.domain, display: result.display });
  }

  return (
    <form class="site-bar" onSubmit={submit} noValidate>
      <label for="domain-box" class="visually-hidden">{t('popup_domainLabel')}</label>
      <input
        id="domain-box"
        type="text"
        inputMode="url"
        spellcheck={false}
        autoComplete="off"
        autoFocus={askForDomain}
        placeholder={t('popup_domainPlaceholder')}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'domain-problem' : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" disabled={searchesSpent} aria-describedby={searchesSpent ? QUOTA_REASON_ID : undefined}>
        {t('popup_search')}
      </button>
      <button
        type="button"
        onClick={onRefresh}
        disabled={!site || searchesSpent}
        title={t('popup_refreshHelp')}
        aria-describedby={searchesSpent ? QUOTA_REASON_ID : undefined}
      >
        {t('popup_refresh')}
      </button>
      {problem && (
        <p id="domain-problem" class="alert error site-problem" role="alert">
          {reasonSentence(problem)}
        </p>
      )}
    </form>
  );
}
