import type { EmailType } from '@/lib/hunter';
import { t } from '@/lib/i18n';

interface TypeFilterProps {
  value: EmailType | null;
  onChange: (type: EmailType | null) => void;
}

const CHOICES: Array<{ type: EmailType | null; labelKey: string }> = [
  { type: null, labelKey: 'popup_filterAll' },
  { type: 'personal', labelKey: 'popup_filterPersonal' },
  { type: 'generic', labelKey: 'popup_filterGeneric' },
];

/** All / Personal / Generic, as native radios: arrow keys move between them. */
export function TypeFilter({ value, onChange }: TypeFilterProps) {
  return (
    <fieldset class="type-filter" role="radiogroup" aria-label={t('popup_filterLabel')}>
      {CHOICES.map(({ type, labelKey }) => (
        <label key={labelKey} class={value === type ? 'chosen' : ''}>
          <input type="radio" name="address-type" checked={value === type} onChange={() => onChange(type)} />
          {t(labelKey)}
        </label>
      ))}
    </fieldset>
  );
}
