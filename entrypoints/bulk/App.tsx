import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import { JobView } from './JobView';
import { NewJob, readNamesFragment } from './NewJob';

type View = { step: 'loading' } | { step: 'new' } | { step: 'job'; id: string };

/** The bulk page: a new job's input and cost, or the last job's progress and results (it survives a closed tab). */
export function App() {
  const [view, setView] = useState<View>({ step: 'loading' });

  useEffect(() => {
    // The popup's "People" tab sends its selection here as a Names job to price and start.
    if (readNamesFragment()) return setView({ step: 'new' });
    void send('bulkJobs', null).then((reply) => {
      const last = reply.ok ? reply.data[0] : undefined;
      setView(last ? { step: 'job', id: last.id } : { step: 'new' });
    });
  }, []);

  return (
    <main class="page bulk-page">
      <header class="row page-head">
        <h1>{t('bulk_title')}</h1>
      </header>
      {view.step === 'loading' && <p class="muted" role="status">{t('bulk_loading')}</p>}
      {view.step === 'new' && <NewJob onStarted={(id) => setView({ step: 'job', id })} />}
      {view.step === 'job' && <JobView id={view.id} onNewJob={() => setView({ step: 'new' })} />}
    </main>
  );
}
