import { browser } from 'wxt/browser';
import { isSafeHttpUrl } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { RecentEntry } from '@/lib/recent/types';
import { RecentAnswer } from './RecentAnswer';

/** Who or what was asked, in the user's words. */
export function recentTitle(entry: RecentEntry): string {
  if (entry.kind === 'site') return entry.display;
  const { first, last, domain, company } = entry.question;
  return t('recent_personAt', [`${first} ${last}`, entry.result.domain ?? domain ?? company ?? ''].map(String));
}

/** One answer of "Recent": what was asked, when, on which page, and the answer with its actions. */
export function RecentItem({ entry }: { entry: RecentEntry }) {
  const title = recentTitle(entry);
  const when = new Date(entry.at).toLocaleString(browser.i18n.getUILanguage());
  return (
    <li class="recent-item card stack" aria-label={title}>
      <div class="recent-head">
        <h3>{title}</h3>
        <p class="muted recent-meta">
          <time dateTime={new Date(entry.at).toISOString()}>{when}</time>
          {entry.pageUrl && isSafeHttpUrl(entry.pageUrl) && (
            <>
              {' · '}
              <a href={entry.pageUrl} target="_blank" rel="noopener noreferrer" class="recent-page">
                {t('recent_onPage', hostOf(entry.pageUrl))}
              </a>
            </>
          )}
        </p>
      </div>
      <RecentAnswer entry={entry} listPicker={false} />
    </li>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
