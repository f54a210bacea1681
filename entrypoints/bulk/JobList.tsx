import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { ReplyError } from '@/lib/messaging/protocol';
import type { BulkJob } from '@/lib/bulk/types';

type Jobs = { state: 'loading' } | { state: 'done'; jobs: BulkJob[] } | { state: 'error'; error: ReplyError };

/** Every job kept on this computer, newest first: open one, or delete it with its rows and answers. */
export function JobList({ onOpen, onNewJob }: { onOpen: (id: string) => void; onNewJob: () => void }) {
  const [jobs, setJobs] = useState<Jobs>({ state: 'loading' });
  const [deleted, setDeleted] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  async function load() {
    const reply = await send('bulkJobs', null);
    setJobs(reply.ok ? { state: 'done', jobs: reply.data } : { state: 'error', error: reply.error });
  }
  useEffect(() => void load(), []);

  async function onDeleted() {
    await load();
    setDeleted(true);
    // The row and its buttons are gone: focus goes back to the list, not to the page's start.
    heading.current?.focus();
  }

  return (
    <section class="card stack" aria-labelledby="jobs-title">
      <div class="row">
        <h2 id="jobs-title" ref={heading} tabIndex={-1}>{t('bulk_jobsTitle')}</h2>
        <button type="button" class="push-right" onClick={onNewJob}>{t('bulk_newJob')}</button>
      </div>
      <p role="status" class="muted">{deleted ? t('bulk_jobDeleted') : ''}</p>
      {jobs.state === 'loading' && <p class="muted">{t('bulk_loading')}</p>}
      {jobs.state === 'error' && <ErrorMessage error={jobs.error} />}
      {jobs.state === 'done' && jobs.jobs.length === 0 && <p class="empty muted">{t('bulk_noJobs')}</p>}
      {jobs.state === 'done' && jobs.jobs.length > 0 && (
        <table class="jobs-table" aria-labelledby="jobs-title">
          <thead>
            <tr>
              <th scope="col">{t('bulk_jobCol_kind')}</th>
              <th scope="col">{t('bulk_jobCol_started')}</th>
              <th scope="col" class="number">{t('bulk_jobCol_rows')}</th>
              <th scope="col">{t('bulk_jobCol_state')}</th>
              <th scope="col"><span class="visually-hidden">{t('bulk_jobCol_actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {jobs.jobs.map((job) => <JobLine key={job.id} job={job} onOpen={() => onOpen(job.id)} onDeleted={() => void onDeleted()} />)}
          </tbody>
        </table>
      )}
    </section>
  );
}

function JobLine({ job, onOpen, onDeleted }: { job: BulkJob; onOpen: () => void; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReplyError | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const kind = t(`bulk_kind_${job.kind}`);
  const started = new Date(job.createdAt).toLocaleString(browser.i18n.getUILanguage());
  const name = t('bulk_jobName', [kind, job.fileName ?? t('bulk_pasted'), started]);

  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);

  function cancelDelete() {
    setConfirming(false);
    // Back to the button that asked, so the keyboard user is where they were.
    requestAnimationFrame(() => deleteButton.current?.focus());
  }

  async function remove() {
    setBusy(true);
    const reply = await send('bulkRemove', { id: job.id });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    onDeleted();
  }

  return (
    <tr>
      <td>{kind}<span class="muted"> · {job.fileName ?? t('bulk_pasted')}</span></td>
      <td>{started}</td>
      <td class="number">{t('bulk_jobSize', [String(job.rows), String(job.total)])}</td>
      <td>{t(`bulk_jobState_${job.state}`)}</td>
      <td>
        {confirming ? (
          <div class="row job-confirm" role="group" aria-label={t('bulk_deleteJobName', name)}>
            <span>{job.state === 'running' ? t('bulk_deleteRunningQuestion') : t('bulk_deleteQuestion')}</span>
            <button type="button" class="danger" disabled={busy} onClick={() => void remove()}>{t('bulk_deleteConfirm')}</button>
            <button type="button" ref={keep} disabled={busy} onClick={cancelDelete}>{t('bulk_deleteKeep')}</button>
          </div>
        ) : (
          <div class="row">
            <button type="button" aria-label={t('bulk_openJobName', name)} onClick={onOpen}>{t('bulk_openJob')}</button>
            <button type="button" class="danger" ref={deleteButton} aria-label={t('bulk_deleteJobName', name)} onClick={() => setConfirming(true)}>
              {t('bulk_deleteJob')}
            </button>
          </div>
        )}
        {error && <ErrorMessage error={error} />}
      </td>
    </tr>
  );
}
