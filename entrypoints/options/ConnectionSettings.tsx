import { useEffect, useState } from 'preact/hooks';
import { AccountSummary } from '@/components/AccountSummary';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/lib/i18n';
import type { KeyStatus, ReplyError, ResponseOf } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { validateApiKey } from '@/lib/api-key';
import { isSameApiOrigin, normalizeApiBaseUrl, validateApiBaseUrl } from '@/lib/settings';

type Account = ResponseOf<'account'>['value']['data'];
type Notice = { kind: 'ok'; text: string } | { kind: 'error'; error: ReplyError } | { kind: 'invalid'; text: string };

/** Checked here first so that bad input gets a precise sentence without a round trip (the background checks again). */
function inputProblem(keyText: string, baseText: string, status: KeyStatus | null): string | null {
  const base = validateApiBaseUrl(baseText);
  if (base) return t(base === 'empty' ? 'options_baseEmpty' : 'options_baseNotHttps');
  const key = validateApiKey(keyText);
  if (key === 'whitespace') return t('options_keyWhitespace');
  if (key === 'empty' && !status?.hasKey) return t('options_keyEmpty');
  if (key === 'empty' && status && !isSameApiOrigin(normalizeApiBaseUrl(baseText), status.apiBaseUrl)) return t('options_keyForNewBase');
  return null;
}

export function ConnectionSettings({ onChanged }: { onChanged: () => void }) {
  const [status, setStatus] = useState<KeyStatus | null>(null);
  const [account, setAccount] = useState<Account | null>(null);
  const [keyText, setKeyText] = useState('');
  const [baseText, setBaseText] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const reply = await send('getKeyStatus', null);
      if (!reply.ok) return setNotice({ kind: 'error', error: reply.error });
      setStatus(reply.data);
      setBaseText(reply.data.apiBaseUrl);
      if (!reply.data.hasKey) return;
      const accountReply = await send('account', {});
      if (accountReply.ok) setAccount(accountReply.data.value.data);
      else setNotice({ kind: 'error', error: accountReply.error });
    })();
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    const problem = inputProblem(keyText, baseText, status);
    if (problem) return setNotice({ kind: 'invalid', text: problem });
    setBusy(true);
    const reply = await send('saveConnection', { apiKey: keyText.trim() || undefined, apiBaseUrl: baseText });
    setBusy(false);
    if (!reply.ok) return setNotice({ kind: 'error', error: reply.error });
    setStatus(reply.data.status);
    setAccount(reply.data.account.data);
    setKeyText('');
    setNotice({ kind: 'ok', text: t('options_saved') });
    onChanged();
  }

  async function removeKey() {
    const reply = await send('removeKey', null);
    if (!reply.ok) return setNotice({ kind: 'error', error: reply.error });
    setStatus(reply.data);
    setAccount(null);
    setNotice({ kind: 'ok', text: t('options_keyRemoved') });
    onChanged();
  }

  return (
    <section class="card" aria-labelledby="connection-heading">
      <h2 id="connection-heading">{t('options_connection')}</h2>
      <form class="stack" onSubmit={save} noValidate>
        <p class="muted">
          {status?.hasKey ? t('options_keyKept', status.maskedKey ?? '') : t('options_noKeyYet')}
        </p>
        <div class="stack">
          <label for="api-key">{t('options_apiKey')}</label>
          <div class="row key-row">
            <input
              id="api-key"
              type="password"
              autoComplete="off"
              spellcheck={false}
              value={keyText}
              placeholder={status?.maskedKey ?? ''}
              onInput={(e) => setKeyText(e.currentTarget.value)}
            />
          </div>
        </div>
        <details open={status !== null && !status.apiBaseUrl.startsWith('https://api.hunter.io')}>
          <summary>{t('options_advanced')}</summary>
          <div class="stack">
            <label for="api-base-url">{t('options_apiBaseUrl')}</label>
            <input id="api-base-url" type="url" spellcheck={false} value={baseText} onInput={(e) => setBaseText(e.currentTarget.value)} />
          </div>
        </details>
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('options_checking') : t('options_save')}
          </button>
          {status?.hasKey && (
            <button type="button" class="danger" onClick={removeKey}>
              {t('options_removeKey')}
            </button>
          )}
        </div>
        <div aria-live="polite">
          {notice?.kind === 'ok' && <p class="alert ok" role="status">{notice.text}</p>}
          {notice?.kind === 'invalid' && <p class="alert error" role="alert">{notice.text}</p>}
          {notice?.kind === 'error' && <ErrorMessage error={notice.error} />}
        </div>
      </form>
      {account && (
        <div class="stack">
          <h3>{t('account_heading')}</h3>
          <AccountSummary account={account} />
        </div>
      )}
    </section>
  );
}
