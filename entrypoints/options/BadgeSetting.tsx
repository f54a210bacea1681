import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { badgeEnabled } from '@/lib/settings';
import './BadgeSetting.css';

const TABS = { permissions: ['tabs' as const] };

/**
 * The toolbar badge is off by default: it sends the domain of every site visited to the API. Turning it
 * on asks for the optional `tabs` permission; a refusal leaves it off.
 */
export function BadgeSetting() {
  const [on, setOn] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void Promise.all([badgeEnabled.getValue(), browser.permissions.contains(TABS)]).then(([enabled, granted]) => setOn(enabled && granted));
  }, []);

  function change(event: Event) {
    const wanted = (event.currentTarget as HTMLInputElement).checked;
    if (!wanted) {
      setOn(false);
      setRefused(false);
      void badgeEnabled.setValue(false).then(() => browser.permissions.remove(TABS));
      return;
    }
    // Asked straight from the click, before any other await: the browser shows the prompt only for a user gesture.
    void browser.permissions
      .request(TABS)
      .catch(() => false)
      .then(async (granted) => {
        await badgeEnabled.setValue(granted);
        setOn(granted);
        setRefused(!granted);
      });
  }

  return (
    <section class="card stack" aria-labelledby="badge-heading">
      <h2 id="badge-heading">{t('badge_heading')}</h2>
      <div class="badge-choice">
        <input
          id="badge-enabled"
          type="checkbox"
          checked={on === true}
          disabled={on === null}
          aria-describedby="badge-why"
          onChange={change}
        />
        <label for="badge-enabled">{t('badge_checkbox')}</label>
      </div>
      <p id="badge-why" class="muted">{t('badge_why')}</p>
      <div aria-live="polite">{refused && <p class="alert warn" role="status">{t('badge_refused')}</p>}</div>
    </section>
  );
}
