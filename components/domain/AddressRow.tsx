import { SaveLeadButton } from '@/components/leads/SaveLeadButton';
import { VerifyButton } from '@/components/verifier/VerifyButton';
import { isSafeHttpUrl, type DomainSearchEmail } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { CopyButton } from './CopyButton';
import { leadDraftFrom } from './lead-draft';
import { SourceList } from './SourceList';
import './AddressRow.css';

interface AddressRowProps {
  email: DomainSearchEmail;
  domain: string;
  organization: string | null;
  /** The plan has no verification left: the button is shown, disabled, rather than failing. */
  verifyDisabled: boolean;
}

function verificationText(verification: DomainSearchEmail['verification']): string | null {
  if (!verification?.status) return null;
  return verification.date
    ? t('popup_verifiedOn', [verification.status, verification.date])
    : t('popup_verified', verification.status);
}

/** One address of the domain, with what Hunter knows of its owner, and the actions on it. */
export function AddressRow({ email, domain, organization, verifyDisabled }: AddressRowProps) {
  const name = [email.first_name, email.last_name].filter(Boolean).join(' ');
  const facts = [email.department, email.seniority, verificationText(email.verification)].filter(Boolean);
  const linkedin = isSafeHttpUrl(email.linkedin) && (
    <a class="address-linkedin" href={email.linkedin} rel="noopener noreferrer" target="_blank">
      {t('popup_linkedin')}
    </a>
  );
  return (
    <li class="address-row" aria-label={email.value}>
      <div class="address-head">
        <span class="address-value" elementtiming="quarry-address">{email.value}</span>
        {email.type && <span class="tag">{email.type === 'personal' ? t('popup_typePersonal') : t('popup_typeGeneric')}</span>}
        {email.confidence !== null && (
          <span class="confidence" title={t('popup_confidence')}>
            {t('popup_confidenceValue', String(email.confidence))}
          </span>
        )}
      </div>
      {/* Right after the address, so the keyboard meets them in the order the eye does. */}
      <div class="address-actions">
        <CopyButton text={email.value} label={t('popup_copy')} compact />
        <fieldset class="bare" disabled={verifyDisabled}>
          <VerifyButton email={email.value} compact />
        </fieldset>
        <SaveLeadButton draft={leadDraftFrom(email, domain, organization)} compact />
      </div>
      {/* LinkedIn beside the person it is about; with no person, among the facts. */}
      {(name || email.position) && (
        <p class="address-person">
          {name && <span class="address-name">{name}</span>}
          {name && email.position && ' · '}
          {email.position && <span>{email.position}</span>}
          {linkedin && <> {linkedin}</>}
        </p>
      )}
      <div class="address-more">
        {facts.length > 0 && <p class="muted address-facts">{facts.join(' · ')}</p>}
        <SourceList sources={email.sources} />
        {!(name || email.position) && linkedin}
      </div>
    </li>
  );
}
