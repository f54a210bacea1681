import { isSafeHttpUrl, type DomainSearchEmail, type LeadInput } from '@/lib/hunter';

/** Everything a lead carries except its list, which the "Leads list" picker decides. */
export type AddressLeadDraft = Omit<LeadInput, 'leads_list_id'>;

/** A domain-search row as a lead: only http(s) links travel, since the API data is untrusted. */
export function leadDraftFrom(email: DomainSearchEmail, domain: string, organization: string | null): AddressLeadDraft {
  const firstSource = email.sources[0]?.uri;
  return {
    first_name: email.first_name ?? '',
    last_name: email.last_name ?? '',
    email: email.value,
    position: email.position,
    company: organization,
    website: `https://${domain}`,
    confidence_score: email.confidence,
    source: isSafeHttpUrl(firstSource) ? firstSource : null,
    linkedin_url: isSafeHttpUrl(email.linkedin) ? email.linkedin : null,
  };
}
