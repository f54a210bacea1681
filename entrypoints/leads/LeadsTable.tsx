import { ErrorMessage } from '@/components/ErrorMessage';
import type { Loadable } from '@/components/use-reply';
import type { Lead } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { leadLabel } from './lead-label';

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
  return (
    <table class="leads-table" aria-busy={leads.state === 'loading' ? 'true' : undefined} aria-label={t('leads_tableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('leads_columnName')}</th>
          <th scope="col">{t('leads_field_email')}</th>
          <th scope="col">{t('leads_field_company')}</th>
          <th scope="col">{t('leads_field_position')}</th>
          <th scope="col" class="number">{t('leads_columnConfidence')}</th>
          <th scope="col">{t('leads_columnList')}</th>
        </tr>
      </thead>
      <tbody>
        {leads.state === 'loading' &&
          Array.from({ length: skeletonRows }, (_, i) => (
            <tr key={i} aria-hidden="true">
              {[0, 1, 2, 3, 4, 5].map((cell) => (
                <td key={cell}><span class="skeleton cell-skeleton">…</span></td>
              ))}
            </tr>
          ))}
        {rows.map((lead) => (
          <tr key={lead.id}>
            <td>
              <button type="button" class="link-like" onClick={() => onOpen(lead)}>
                {leadLabel(lead)}
              </button>
              {pendingIds.has(lead.id) && <span class="pending-tag">{t('leads_pending')}</span>}
            </td>
            <td elementtiming="quarry-lead">{lead.email ?? ''}</td>
            <td>{lead.company ?? ''}</td>
            <td>{lead.position ?? ''}</td>
            <td class="number">{lead.confidence_score ?? ''}</td>
            <td>{lead.leads_list?.name ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
