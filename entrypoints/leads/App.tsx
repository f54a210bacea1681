import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useReply } from '@/components/use-reply';
import { t } from '@/lib/i18n';
import { viewToQuery, type LeadsView } from '@/lib/leads/filters';
import { defaultListId } from '@/lib/settings';
import { ExportCsv } from './ExportCsv';
import { ImportDialog } from './ImportDialog';
import { LeadDialog } from './LeadDialog';
import { LeadsFilters } from './LeadsFilters';
import { LeadsTable } from './LeadsTable';
import { AllLeadsTable } from './AllLeadsTable';
import { ListsPanel } from './ListsPanel';
import { NewLeadDialog } from './NewLeadDialog';
import { Pager } from './Pager';
import { FailedWrites } from '@/components/outbox/FailedWrites';
import { UndoBar } from './UndoBar';
import { useLeadDeletes } from './use-lead-deletes';
import { useLists } from './use-lists';
import { useOutbox } from './use-outbox';

/** `untilSent`: about a write waiting in the outbox; goes once the outbox has sent (or given up on) it. */
type Notice = { tone: 'ok' | 'warn'; text: string; untilSent?: true };
type Open = { kind: 'lead'; id: number } | { kind: 'new' } | { kind: 'import' } | null;

export function App() {
  const [lists, reloadLists] = useLists();
  const [view, setView] = useState<LeadsView>({ listId: null, filters: {}, offset: 0, limit: 25 });
  const [leads, reloadLeads] = useReply('leadsList', viewToQuery(view));
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const outbox = useOutbox(() => {
    setNotice((shown) => (shown?.untilSent ? null : shown));
    refreshLeads();
  });
  const [savedDefaultList, setSavedDefaultList] = useState<number | null>(null);

  useEffect(() => {
    void defaultListId.getValue().then(setSavedDefaultList);
  }, []);

  const allLists = lists.state === 'done' ? lists.data : [];
  const selectedList = allLists.find((list) => list.id === view.listId) ?? null;

  // A list deleted (here or elsewhere) cannot stay selected.
  useEffect(() => {
    if (lists.state === 'done' && view.listId !== null && !selectedList) setView((v) => ({ ...v, listId: null, offset: 0 }));
  }, [lists, view.listId, selectedList]);

  function refreshLeads() {
    void reloadLeads();
    void reloadLists();
  }

  function refresh() {
    refreshLeads();
    void outbox.reload();
  }

  function gone(what: 'lead' | 'list') {
    setOpen(null);
    setNotice({ tone: 'warn', text: what === 'lead' ? t('leads_leadGone') : t('leads_listGone') });
    refresh();
  }

  // A failed delete is listed with the other failed writes (reason, Retry, Dismiss) once the outbox reports it.
  const deletes = useLeadDeletes(
    () => refresh(),
    () => {
      setNotice({ tone: 'warn', text: t('leads_deleteFailed') });
      refresh();
    },
  );
  const hiddenIds = useMemo(() => new Set(deletes.pending.map((item) => item.id)), [deletes.pending]);

  function changeView(changes: Partial<LeadsView>) {
    setNotice(null);
    setView((v) => ({ ...v, offset: 0, ...changes }));
  }

  const total = leads.state === 'done' ? leads.data.meta.total : null;
  const defaultForNew = view.listId ?? (allLists.some((l) => l.id === savedDefaultList) ? savedDefaultList : null);

  return (
    <div class="page">
      <header class="page-head row">
        <h1>{t('leads_title')}</h1>
        <div class="row push-right">
          <button type="button" class="primary" onClick={() => setOpen({ kind: 'new' })} disabled={lists.state !== 'done'}>
            {t('leads_newLead')}
          </button>
          <button type="button" onClick={() => setOpen({ kind: 'import' })} disabled={lists.state !== 'done'}>
            {t('leads_importCsv')}
          </button>
          <ExportCsv view={view} what={selectedList?.name ?? t('leads_allLeadsFileName')} />
          <a href="/bulk.html" target="_blank" rel="noopener noreferrer">{t('bulk_open')}</a>
        </div>
      </header>
      <div class="layout">
        <ListsPanel
          lists={lists}
          // A list write the API refused is now a failed write, listed with Retry and Dismiss.
          onWriteFailed={() => void outbox.reload()}
          selected={view.listId}
          onSelect={(listId) => changeView({ listId })}
          onChanged={refresh}
          onGone={() => gone('list')}
        />
        <main class="stack">
          <LeadsFilters
            lists={allLists}
            listId={view.listId}
            filters={view.filters}
            onListChange={(listId) => changeView({ listId })}
            onApply={(filters) => changeView({ filters })}
          />
          <h2 class="view-title">{selectedList?.name ?? t('leads_allLists')}</h2>
          {notice && (
            <p class={`alert ${notice.tone}`} role="status">
              {notice.text}
            </p>
          )}
          <FailedWrites
            items={outbox.items}
            // A retried write may have made or renamed a list, or saved a lead: show what is there now.
            onRetry={(id) => void outbox.retry(id).then(refreshLeads)}
            onDismiss={(id) => void outbox.dismiss(id)}
          />
          {outbox.waiting > 0 && (
            <p class="alert warn row" role="status">
              <span>{t('leads_outboxWaiting', String(outbox.waiting))}</span>
              <button type="button" onClick={() => void outbox.deliver().then(refresh)}>{t('leads_sendNow')}</button>
            </p>
          )}
          {leads.state === 'error' && leads.error.kind === 'no_key' ? (
            <ErrorMessage error={leads.error} />
          ) : view.limit === 'all' ? (
            <AllLeadsTable
              // Another list or other filters: a new table, scrolled to the top.
              key={JSON.stringify([view.listId, view.filters])}
              leads={leads}
              query={viewToQuery(view)}
              hiddenIds={hiddenIds}
              pendingIds={outbox.pending}
              onOpen={(lead) => setOpen({ kind: 'lead', id: lead.id })}
            />
          ) : (
            <LeadsTable
              leads={leads}
              hiddenIds={hiddenIds}
              pendingIds={outbox.pending}
              skeletonRows={10}
              onOpen={(lead) => setOpen({ kind: 'lead', id: lead.id })}
            />
          )}
          <Pager
            offset={view.offset}
            limit={view.limit}
            total={total === null ? null : Math.max(0, total - hiddenIds.size)}
            onOffset={(offset) => setView((v) => ({ ...v, offset }))}
            onLimit={(limit) => changeView({ limit })}
          />
        </main>
      </div>
      <UndoBar pending={deletes.pending} onUndo={(id) => void deletes.undo(id)} />
      {open?.kind === 'lead' && (
        <LeadDialog
          key={open.id}
          leadId={open.id}
          lists={allLists}
          onClose={() => {
            setOpen(null);
            // An edit the API refused is now a failed write, listed with Retry and Dismiss.
            void outbox.reload();
          }}
          onChanged={refresh}
          onGone={() => gone('lead')}
          onDelete={(lead) => {
            setOpen(null);
            void deletes.remove(lead);
          }}
        />
      )}
      {open?.kind === 'new' && (
        <NewLeadDialog
          lists={allLists}
          initialListId={defaultForNew}
          onClose={() => {
            setOpen(null);
            void outbox.reload();
          }}
          onCreated={(queued) => {
            setOpen(null);
            setNotice(queued ? { tone: 'warn', text: t('leads_createdPending'), untilSent: true } : { tone: 'ok', text: t('leads_created') });
            refresh();
          }}
        />
      )}
      {open?.kind === 'import' && (
        <ImportDialog lists={allLists} initialListId={view.listId} onClose={() => setOpen(null)} onImported={refresh} />
      )}
    </div>
  );
}
