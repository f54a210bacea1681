import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import { JobList } from './JobList';
import { JobView } from './JobView';
import { NewJob, readNamesFragment } from './NewJob';

type View = { step: 'loading' } | { step: 'new' } | { step: 'job'; id: string } | { step: 'jobs' };

/**
 * The bulk page: a new job's input and cost, a job's progress and results (the last one at first: it survives a
 * closed tab), or the list of every kept job.
 */
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
        {view.step !== 'jobs' && view.step !== 'loading' && (
          <button type="button" class="push-right" onClick={() => setView({ step: 'jobs' })}>{t('bulk_allJobs')}</button>
        )}
      </header>
      {view.step === 'loading' && <p class="muted" role="status">{t('bulk_loading')}</p>}
      {view.step === 'new' && <NewJob onStarted={(id) => setView({ step: 'job', id })} />}
      {view.step === 'job' && <JobView key={view.id} id={view.id} onNewJob={() => setView({ step: 'new' })} />}
      {view.step === 'jobs' && <JobList onOpen={(id) => setView({ step: 'job', id })} onNewJob={() => setView({ step: 'new' })} />}
    </main>
  );
}
