import { ErrorMessage } from '@/components/ErrorMessage';
import type { Loadable } from '@/components/use-reply';
import type { Lead } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { LEAD_COLUMNS, LeadRow, LeadsHead } from './LeadRow';

interface LeadsTableProps {
  leads: Loadable<ResponseOf<'leadsList'>>;
  /** Deleted, still undoable: not shown. */
  hiddenIds: ReadonlySet<number>;
  /** Edits waiting in the outbox. */
  pendingIds: ReadonlySet<number>;
  skeletonRows: number;
  onOpen: (lead: Lead) => void;
}

/** One page of leads; API text is shown as text only. */
export function LeadsTable({ leads, hiddenIds, pendingIds, skeletonRows, onOpen }: LeadsTableProps) {
  if (leads.state === 'error') return <ErrorMessage error={leads.error} />;
  const rows = leads.state === 'done' ? leads.data.data.leads.filter((lead) => !hiddenIds.has(lead.id)) : [];
  if (leads.state === 'done' && rows.length === 0) return <p class="empty muted">{t('leads_noLeads')}</p>;
  // Where this page sits among all the view's rows, for screen readers (the header is row 1).
  const offset = leads.state === 'done' ? Number(leads.data.meta.params?.offset) || 0 : 0;
  const total = leads.state === 'done' ? Math.max(rows.length, leads.data.meta.total - hiddenIds.size) : undefined;
  return (
    <table
      class="leads-table"
      aria-busy={leads.state === 'loading' ? 'true' : undefined}
      aria-label={t('leads_tableLabel')}
      aria-rowcount={total === undefined ? undefined : total + 1}
    >
      <LeadsHead />
      <tbody>
        {leads.state === 'loading' &&
          Array.from({ length: skeletonRows }, (_, i) => (
            <tr key={i} aria-hidden="true">
              {Array.from({ length: LEAD_COLUMNS }, (_, cell) => (
                <td key={cell}><span class="skeleton cell-skeleton">…</span></td>
              ))}
            </tr>
          ))}
        {rows.map((lead, i) => (
          <LeadRow key={lead.id} lead={lead} rowIndex={offset + i + 2} pending={pendingIds.has(lead.id)} onOpen={onOpen} />
        ))}
      </tbody>
    </table>
  );
}
