import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { errorSentence } from '@/components/error-sentence';
import { LeadNamesForm } from '@/components/leads/LeadNamesForm';
import { LeadsListPicker, ListChoiceProvider, useListChoice } from '@/components/leads/list-choice';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { addressKey, leadCandidates, type LeadCandidate } from '@/lib/bulk/lead-candidates';
import type { BulkKind, BulkLeadsProgress, LeadSaveState } from '@/lib/bulk/types';
import type { LeadDraft } from '@/lib/outbox/types';
import type { JobResults } from './use-job-results';

/** The outbox delivers at most a few leads at once: a second is often enough to see them move. */
const POLL_MS = 1_000;
/** Addresses without a name listed one by one; past this, the count says the rest are skipped. */
const NAMELESS_SHOWN = 100;

/** "Save all as leads": the job's found addresses into the chosen list, through the outbox. */
export function SaveAsLeads({ id, kind, results }: { id: string; kind: BulkKind; results: JobResults }) {
  return (
    <ListChoiceProvider>
      <SaveAsLeadsPanel id={id} kind={kind} results={results} />
    </ListChoiceProvider>
  );
}

function useLeadsProgress(id: string) {
  const [progress, setProgress] = useState<BulkLeadsProgress | null>(null);
  const [error, setError] = useState<ReplyError | null>(null);
  const waiting = progress ? Object.values(progress.states).some((s) => s === 'pending') : false;

  useEffect(() => {
    let alive = true;
    async function poll() {
      const reply = await send('bulkLeadsProgress', { id });
      if (!alive) return;
      if (reply.ok) setProgress(reply.data);
      else setError(reply.error);
    }
    void poll();
    const timer = waiting ? setInterval(() => void poll(), POLL_MS) : null;
    return () => {
      alive = false;
      if (timer) clearInterval(timer);
    };
  }, [id, waiting]);

  return { progress, setProgress, error, setError };
}

function SaveAsLeadsPanel({ id, kind, results }: { id: string; kind: BulkKind; results: JobResults }) {
  const choice = useListChoice();
  const candidates = useMemo(() => leadCandidates(kind, results.input, results.queries, results.answers), [kind, results]);
  const { progress, setProgress, error, setError } = useLeadsProgress(id);
  const [busy, setBusy] = useState(false);
  const [naming, setNaming] = useState<string | null>(null);
  const states = progress?.states ?? {};
  const stateOf = (c: LeadCandidate): LeadSaveState | undefined => states[addressKey(c.draft.email ?? '')];
  // Failed ones are offered again; saved, already-there and waiting ones are not saved twice.
  const toSave = candidates.named.filter((c) => stateOf(c) === undefined || stateOf(c) === 'failed');
  const alreadySaved = [...candidates.named, ...candidates.unnamed].filter((c) => stateOf(c) !== undefined && stateOf(c) !== 'failed').length;
  const nameless = candidates.unnamed.filter((c) => stateOf(c) === undefined || stateOf(c) === 'failed');

  async function save(drafts: LeadDraft[]) {
    setBusy(true);
    const reply = await send('bulkSaveLeads', { id, listId: choice.listId, drafts });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setProgress(reply.data);
    void choice.refreshOutbox();
  }

  return (
    <section class="card stack save-leads" aria-labelledby="save-leads-title">
      <h2 id="save-leads-title">{t('bulk_leadsTitle')}</h2>
      <LeadsListPicker />
      <ul class="cost-list" aria-label={t('bulk_leadsSummary')}>
        <li>{t('bulk_leadsToSave', String(toSave.length))}</li>
        {alreadySaved > 0 && <li>{t('bulk_leadsAlready', String(alreadySaved))}</li>}
        {nameless.length > 0 && <li>{t('bulk_leadsNameless', String(nameless.length))}</li>}
        {candidates.guessed.length > 0 && <li>{t('bulk_leadsGuessed', String(candidates.guessed.length))}</li>}
        {candidates.duplicates > 0 && <li>{t('bulk_leadsDuplicates', String(candidates.duplicates))}</li>}
      </ul>
      <div class="row">
        <button
          type="button" class="primary" disabled={busy || toSave.length === 0 || choice.lists === null || !progress}
          onClick={() => void save(toSave.map((c) => c.draft))}
        >
          {t('bulk_leadsSave', String(toSave.length))}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {progress && <SaveProgress progress={progress} />}
      {nameless.length > 0 && (
        <div class="stack">
          <h3 id="nameless-title">{t('bulk_leadsNamelessTitle')}</h3>
          <ul class="nameless-list" aria-labelledby="nameless-title">
            {nameless.slice(0, NAMELESS_SHOWN).map((c) => (
              <li key={c.draft.email}>
                <span class="row">
                  <span>{t('bulk_leadsNamelessRow', [c.draft.email ?? '', String(c.line)])}</span>
                  <span class="muted">{stateOf(c) === 'failed' ? t('bulk_leadsNotSaved') : t('bulk_leadsSkippedNoName')}</span>
                  {naming !== c.draft.email && (
                    <button type="button" class="push-right" aria-label={t('bulk_leadsAddNameFor', c.draft.email ?? '')} disabled={busy} onClick={() => setNaming(c.draft.email ?? null)}>
                      {t('bulk_leadsAddName')}
                    </button>
                  )}
                </span>
                {naming === c.draft.email && (
                  <LeadNamesForm
                    draft={c.draft}
                    onSave={(named) => { setNaming(null); void save([named]); }}
                    onCancel={() => setNaming(null)}
                  />
                )}
              </li>
            ))}
          </ul>
          {nameless.length > NAMELESS_SHOWN && <p class="muted">{t('bulk_leadsNamelessMore', String(nameless.length - NAMELESS_SHOWN))}</p>}
        </div>
      )}
    </section>
  );
}

function SaveProgress({ progress }: { progress: BulkLeadsProgress }) {
  const all = Object.values(progress.states);
  if (all.length === 0) return null;
  const count = (state: LeadSaveState) => all.filter((s) => s === state).length;
  const settled = all.length - count('pending');
  return (
    <div class="stack">
      <div
        class="progress" role="progressbar" aria-label={t('bulk_leadsProgressLabel')}
        aria-valuemin={0} aria-valuemax={all.length} aria-valuenow={settled}
        aria-valuetext={t('bulk_progressText', [String(settled), String(all.length)])}
      >
        <div class="progress-fill" style={{ width: `${(100 * settled) / all.length}%` }} />
      </div>
      <p class="row progress-figures" aria-live="polite">
        <span>{t('bulk_leadsSaved', String(count('saved')))}</span>
        <span>{t('bulk_leadsExisted', String(count('existed')))}</span>
        <span>{t('bulk_leadsWaiting', String(count('pending')))}</span>
        <span>{t('bulk_leadsFailed', String(count('failed')))}</span>
      </p>
      {progress.failed.length > 0 && (
        <ul class="invalid-list" aria-label={t('bulk_leadsFailedList')}>
          {progress.failed.map((f) => <li key={f.email}>{t('bulk_leadsFailedRow', [f.email, errorSentence(f.error)])}</li>)}
        </ul>
      )}
    </div>
  );
}
