import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { errorSentence } from '@/components/error-sentence';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { ReplyError, RequestOf } from '@/lib/messaging/protocol';
import type { JobProgress } from '@/lib/bulk/types';
import { formatDuration } from './duration';
import { ResultsTable } from './ResultsTable';
import { SaveAsLeads } from './SaveAsLeads';
import { useJobResults } from './use-job-results';

const POLL_MS = 500;

/** A job's progress, its controls and its results; it polls the background while the job runs. */
export function JobView({ id, onNewJob }: { id: string; onNewJob: () => void }) {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ReplyError | null>(null);
  const [busy, setBusy] = useState(false);
  const [savingLeads, setSavingLeads] = useState(false);

  useEffect(() => {
    let alive = true;
    let asked = 0;
    let shown = 0;
    async function poll() {
      const mine = ++asked;
      const reply = await send('bulkProgress', { id });
      // On a busy machine replies can overtake each other: an older one never replaces a newer one.
      if (!alive || mine < shown) return;
      shown = mine;
      if (reply.ok) {
        setProgress(reply.data);
        setError(null);
      } else setError(reply.error);
    }
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [id]);

  const job = progress?.job;
  const running = job?.state === 'running';
  const results = useJobResults(id, job?.total ?? 0, running);

  async function control(action: RequestOf<'bulkControl'>['action']) {
    setBusy(true);
    const reply = await send('bulkControl', { id, action });
    setBusy(false);
    if (reply.ok && reply.data) setProgress(reply.data);
    else if (!reply.ok) setError(reply.error);
  }

  if (!progress || !job) return error ? <ErrorMessage error={error} /> : <p class="muted" role="status">{t('bulk_loading')}</p>;
  const answered = progress.done + progress.failed;
  const finished = job.state === 'done' || job.state === 'cancelled';
  const anyFound = results?.rows.some((row) => row.state === 'found') ?? false;

  return (
    <div class="stack job-view">
      <section class="card stack" aria-labelledby="job-title">
        <div class="row">
          <h2 id="job-title">{t('bulk_jobTitle', [t(`bulk_kind_${job.kind}`), job.fileName ?? t('bulk_pasted')])}</h2>
          <button type="button" class="push-right" onClick={onNewJob}>{t('bulk_newJob')}</button>
        </div>
        <div
          class="progress" role="progressbar" aria-label={t('bulk_progressLabel')}
          aria-valuemin={0} aria-valuemax={job.limitTo} aria-valuenow={answered}
          aria-valuetext={t('bulk_progressText', [String(answered), String(job.limitTo)])}
        >
          <div class="progress-fill" style={{ width: `${job.limitTo ? (100 * answered) / job.limitTo : 100}%` }} />
        </div>
        <p class="row progress-figures" aria-live="polite">
          <span>{t('bulk_done', String(progress.done))}</span>
          <span>{t('bulk_left', String(progress.left))}</span>
          <span>{t('bulk_errors', String(progress.failed))}</span>
          {progress.timeLeftMs !== null && <span>{t('bulk_timeLeft', formatDuration(progress.timeLeftMs))}</span>}
        </p>
        <JobState progress={progress} />
        <div class="row">
          {running && <button type="button" disabled={busy} onClick={() => void control('pause')}>{t('bulk_pause')}</button>}
          {(job.state === 'paused' || job.state === 'blocked') && (
            <button type="button" class="primary" disabled={busy} onClick={() => void control('resume')}>{t('bulk_resume')}</button>
          )}
          {!finished && <button type="button" class="danger" disabled={busy} onClick={() => void control('cancel')}>{t('bulk_cancel')}</button>}
          {job.state === 'done' && job.limitTo < job.total && (
            <button type="button" disabled={busy} onClick={() => void control('runRest')}>{t('bulk_runRest', String(job.total - job.limitTo))}</button>
          )}
          {!running && anyFound && (
            <button type="button" class="push-right" aria-expanded={savingLeads} onClick={() => setSavingLeads(!savingLeads)}>
              {t('bulk_saveAllLeads')}
            </button>
          )}
        </div>
        {error && <ErrorMessage error={error} />}
      </section>
      {savingLeads && !running && results && <SaveAsLeads id={id} kind={job.kind} results={results} />}
      {results ? <ResultsTable kind={job.kind} header={results.header} rows={results.rows} /> : <p class="muted" role="status">{t('bulk_loading')}</p>}
    </div>
  );
}

function JobState({ progress }: { progress: JobProgress }) {
  const { job } = progress;
  const notes: string[] = [];
  if (job.invalid > 0 || job.duplicates > 0) notes.push(t('bulk_jobRows', [String(job.rows), String(job.invalid), String(job.duplicates)]));
  if (job.askedAgain > 0) notes.push(t('bulk_askedAgain', String(job.askedAgain)));
  if (job.limitTo < job.total) notes.push(t('bulk_cutToQuota', [String(job.limitTo), String(job.total)]));
  return (
    <>
      <p role="status" class={job.state === 'blocked' ? 'alert warn' : 'job-state'}>
        {job.state === 'blocked' && job.reason ? t('bulk_state_blocked', errorSentence(job.reason as ReplyError)) : t(`bulk_state_${job.state}`)}
      </p>
      {notes.map((note) => <p class="muted" key={note}>{note}</p>)}
    </>
  );
}
