import { t } from '@/lib/i18n';
import { BadgeSetting } from './BadgeSetting';
import { CacheSettings } from './CacheSettings';
import { ConnectionSettings } from './ConnectionSettings';
import { DefaultListSetting } from './DefaultListSetting';
import { useState } from 'preact/hooks';

export function App() {
  // Bumped whenever the key or API changes, so sections that read from the API ask again.
  const [connectionVersion, setConnectionVersion] = useState(0);
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <ConnectionSettings onChanged={() => setConnectionVersion((v) => v + 1)} />
      <DefaultListSetting key={connectionVersion} />
      <CacheSettings />
      <BadgeSetting />
    </main>
  );
}
