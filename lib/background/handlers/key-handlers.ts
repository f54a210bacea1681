import { IS_E2E_BUILD } from '../../build-mode';
import type { KeyStatus } from '../../messaging/protocol';
import { maskApiKey, validateApiKey } from '../../api-key';
import { readApiKey, readConnection, writeApiKey, writeConnection, type Connection } from '../../secret-store';
import { t } from '../../i18n';
import { demoKeySeeded, isSameApiOrigin, normalizeApiBaseUrl, validateApiBaseUrl } from '../../settings';
import { invalidInput, noKeyError } from '../app-error';
import { apiClient } from '../hunter-access';
import type { Handlers } from '../router';
import { forgetSpentQuota, noteAccount } from '../spent-quota';

export async function keyStatus(): Promise<KeyStatus> {
  const { apiKey: key, apiBaseUrl: base } = await readConnection();
  return { hasKey: key !== null, maskedKey: key ? maskApiKey(key) : null, apiBaseUrl: base };
}

export type KeyHandlers = Pick<Handlers, 'getKeyStatus' | 'saveConnection' | 'removeKey'>;

/** `keyChanged`: another account (or none) from now on: what was queued for the old key must not follow. */
export type ConnectionChange = { keyChanged: boolean };

export interface ConnectionSwitch {
  /** Before anything changes: what waits in the outbox is delivered under the key it was made with, or settled. */
  settle(change: ConnectionChange): Promise<void>;
  /** Forgets what was answered under the old connection, and drops answers still on their way. */
  forget(): Promise<void>;
}

/** Settle, forget, then keep the new key and base as one record; answers started meanwhile are dropped too. */
async function switchTo(next: Connection, change: ConnectionChange, connection: ConnectionSwitch): Promise<void> {
  await connection.settle(change);
  await connection.forget();
  await forgetSpentQuota();
  await writeConnection(next);
  // A lookup that read the old key between the two steps above must not land in the cache either.
  await connection.forget();
}

export function keyHandlers(connection: ConnectionSwitch): KeyHandlers {
  return {
    getKeyStatus: keyStatus,

    // Nothing is kept until the API accepts the key at that base URL, so a typo never replaces what works.
    async saveConnection({ apiKey, apiBaseUrl: baseText }) {
      const baseProblem = validateApiBaseUrl(baseText);
      if (baseProblem) throw invalidInput(`The API base URL is ${baseProblem}`, t(baseProblem === 'empty' ? 'options_baseEmpty' : 'options_baseNotHttps'));
      const typed = apiKey?.trim() ?? '';
      if (typed && validateApiKey(typed)) throw invalidInput('The API key has spaces', t('options_keyWhitespace'));
      const baseUrl = normalizeApiBaseUrl(baseText);
      const { apiKey: kept, apiBaseUrl: keptBase } = await readConnection();
      if (!typed && kept && !isSameApiOrigin(baseUrl, keptBase)) {
        throw invalidInput('A new API needs the key typed again', t('options_keyForNewBase'));
      }
      const key = typed || kept;
      if (!key) throw noKeyError();

      const account = await apiClient({ baseUrl, apiKey: key }).account();
      await switchTo({ apiKey: key, apiBaseUrl: baseUrl }, { keyChanged: key !== kept }, connection);
      // What the old account's plan allowed does not hold for the new one: its account answer is the truth.
      await noteAccount(account.data);
      return { status: await keyStatus(), account };
    },

    async removeKey() {
      await switchTo({ ...(await readConnection()), apiKey: null }, { keyChanged: true }, connection);
      return keyStatus();
    },
  };
}

/**
 * Test and demo builds start with the sandbox's demo key, so a newcomer sees Quarry work at once. Once per
 * profile (a removed key stays removed), and at worker start rather than on install, so that a page opened
 * the instant the extension loads already finds it.
 */
export async function seedDemoKey(demoKey: string): Promise<void> {
  if (!IS_E2E_BUILD || (await demoKeySeeded.getValue())) return;
  if (!(await readApiKey())) await writeApiKey(demoKey);
  await demoKeySeeded.setValue(true);
}
