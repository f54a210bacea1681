import { t } from '@/lib/i18n';
import type { DomainOptions } from '@/lib/bulk/types';

const SENIORITIES = ['junior', 'senior', 'executive'] as const;
const DEPARTMENTS = ['executive', 'it', 'finance', 'management', 'sales', 'legal', 'support', 'hr', 'marketing', 'communication', 'education', 'design', 'health', 'operations'] as const;

/** A Domains job's choices: the top N addresses per domain, with the domain search's filters. */
export function DomainFilters({ options, onChange }: { options: DomainOptions; onChange: (options: DomainOptions) => void }) {
  const set = (change: Partial<DomainOptions>) => onChange({ ...options, ...change });
  return (
    <fieldset class="card domain-filters">
      <legend>{t('bulk_domainOptions')}</legend>
      <div class="map-grid">
        <label>
          {t('bulk_perDomain')}
          <input
            type="number" min={1} max={100} value={options.limit}
            onInput={(e) => set({ limit: Math.min(100, Math.max(1, Math.round(Number(e.currentTarget.value) || 1))) })}
          />
        </label>
        <label>
          {t('bulk_type')}
          <select value={options.type ?? ''} onChange={(e) => set({ type: (e.currentTarget.value || undefined) as DomainOptions['type'] })}>
            <option value="">{t('bulk_any')}</option>
            <option value="personal">{t('bulk_type_personal')}</option>
            <option value="generic">{t('bulk_type_generic')}</option>
          </select>
        </label>
        <label>
          {t('bulk_seniority')}
          <select value={options.seniority ?? ''} onChange={(e) => set({ seniority: e.currentTarget.value || undefined })}>
            <option value="">{t('bulk_any')}</option>
            {SENIORITIES.map((s) => <option key={s} value={s}>{t(`bulk_seniority_${s}`)}</option>)}
          </select>
        </label>
        <label>
          {t('bulk_department')}
          <select value={options.department ?? ''} onChange={(e) => set({ department: e.currentTarget.value || undefined })}>
            <option value="">{t('bulk_any')}</option>
            {DEPARTMENTS.map((d) => <option key={d} value={d}>{t(`bulk_department_${d}`)}</option>)}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
