import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { LEAD_FIELDS, type LeadField, type LeadForm } from '@/lib/leads/lead-fields';
import { fieldLabel } from './field-labels';

export type FieldErrors = Partial<Record<LeadField, string>>;

interface LeadFieldsProps {
  form: LeadForm;
  errors: FieldErrors;
  onChange: (form: LeadForm) => void;
}

const HINTS: Partial<Record<LeadField, () => string>> = {
  confidence_score: () => t('leads_hint_confidence'),
  country_code: () => t('leads_hint_country'),
};

/** Every field of a lead, each a textbox named after it, with its problem shown right beside it. */
export function LeadFields({ form, errors, onChange }: LeadFieldsProps) {
  const baseId = useId();
  return (
    <div class="lead-fields">
      {LEAD_FIELDS.map((field) => {
        // Hint and problem sit outside the label so the box's name is just the field's name.
        const inputId = `${baseId}-${field}`;
        const errorId = `${baseId}-${field}-error`;
        const hintId = `${baseId}-${field}-hint`;
        const hint = HINTS[field]?.();
        const error = errors[field];
        const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
        return (
          <div key={field} class={error ? 'field invalid' : 'field'}>
            <label for={inputId}>{fieldLabel(field)}</label>
            <input
              id={inputId}
              type="text"
              name={field}
              value={form[field]}
              required={field === 'first_name' || field === 'last_name'}
              inputMode={field === 'confidence_score' ? 'numeric' : undefined}
              maxLength={field === 'country_code' ? 2 : 500}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={described || undefined}
              onInput={(event) => onChange({ ...form, [field]: (event.currentTarget as HTMLInputElement).value })}
            />
            {hint && <small id={hintId} class="muted">{hint}</small>}
            {error && <small id={errorId} class="field-error">{error}</small>}
          </div>
        );
      })}
    </div>
  );
}
