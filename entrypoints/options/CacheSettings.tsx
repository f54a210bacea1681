import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import { cacheLifetimeHours, CACHE_LIFETIME_CHOICES } from '@/lib/settings';

export function CacheSettings() {
  const [hours, setHours] = useState<number | null>(null);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    void cacheLifetimeHours.getValue().then(setHours);
  }, []);

  async function choose(value: number) {
    setHours(value);
    await cacheLifetimeHours.setValue(value);
  }

  async function clearCache() {
    const reply = await send('clearCache', null);
    setCleared(reply.ok);
  }

  return (
    <section class="card" aria-labelledby="cache-heading">
      <h2 id="cache-heading">{t('options_cacheHeading')}</h2>
      <p class="muted">{t('options_cacheHelp')}</p>
      <div class="row cache-row">
        <label for="cache-lifetime">{t('options_cacheLifetime')}</label>
        <select id="cache-lifetime" value={hours === null ? '' : String(hours)} onChange={(e) => void choose(Number(e.currentTarget.value))}>
            {CACHE_LIFETIME_CHOICES.map((choice) => (
              <option key={choice} value={String(choice)}>
                {t('options_hours', String(choice))}
              </option>
            ))}
        </select>
        <button type="button" onClick={clearCache}>
          {t('options_clearCache')}
        </button>
      </div>
      <div aria-live="polite">{cleared && <p class="alert ok" role="status">{t('options_cacheCleared')}</p>}</div>
    </section>
  );
}
