import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/** Without a key nothing but the free count would work: one way forward, to the options. */
export function NoKey() {
  return (
    <main class="popup no-key stack">
      <h1>{t('popup_title')}</h1>
      <p>{t('popup_noKey')}</p>
      <a
        href="/options.html"
        onClick={(event) => {
          event.preventDefault();
          void browser.runtime.openOptionsPage();
        }}
      >
        {t('popup_openOptions')}
      </a>
    </main>
  );
}
