import type { Lead } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { leadLabel } from './lead-label';

export const LEAD_COLUMNS = 6;

interface LeadRowProps {
  lead: Lead;
  /** The row's place among all the view's rows, header included (1 is the header): aria-rowindex. */
  rowIndex: number;
  pending: boolean;
  onOpen: (lead: Lead) => void;
}

/** One lead as a table row; API text is shown as text only. */
export function LeadRow({ lead, rowIndex, pending, onOpen }: LeadRowProps) {
  return (
    <tr aria-rowindex={rowIndex}>
      <td>
        <button type="button" class="link-like" onClick={() => onOpen(lead)}>
          {leadLabel(lead)}
        </button>
        {pending && <span class="pending-tag">{t('leads_pending')}</span>}
      </td>
      <td elementtiming="quarry-lead">{lead.email ?? ''}</td>
      <td>{lead.company ?? ''}</td>
      <td>{lead.position ?? ''}</td>
      <td class="number">{lead.confidence_score ?? ''}</td>
      <td>{lead.leads_list?.name ?? ''}</td>
    </tr>
  );
}

/** The column headers, row 1 of the table. */
export function LeadsHead() {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col">{t('leads_columnName')}</th>
        <th scope="col">{t('leads_field_email')}</th>
        <th scope="col">{t('leads_field_company')}</th>
        <th scope="col">{t('leads_field_position')}</th>
        <th scope="col" class="number">{t('leads_columnConfidence')}</th>
        <th scope="col">{t('leads_columnList')}</th>
      </tr>
    </thead>
  );
}
