import { t } from '@/lib/i18n';
import type { LeadField } from '@/lib/leads/lead-fields';
import type { LeadProblem } from '@/lib/leads/validate-lead';

/** Each field's name as its box and the CSV report call it. */
export function fieldLabel(field: LeadField): string {
  switch (field) {
    case 'first_name': return t('leads_field_first_name');
    case 'last_name': return t('leads_field_last_name');
    case 'email': return t('leads_field_email');
    case 'position': return t('leads_field_position');
    case 'company': return t('leads_field_company');
    case 'company_industry': return t('leads_field_company_industry');
    case 'company_size': return t('leads_field_company_size');
    case 'confidence_score': return t('leads_field_confidence_score');
    case 'website': return t('leads_field_website');
    case 'country_code': return t('leads_field_country_code');
    case 'postal_code': return t('leads_field_postal_code');
    case 'source': return t('leads_field_source');
    case 'linkedin_url': return t('leads_field_linkedin_url');
    case 'phone_number': return t('leads_field_phone_number');
    case 'twitter': return t('leads_field_twitter');
  }
}

export function problemSentence({ field, code }: LeadProblem): string {
  const label = fieldLabel(field);
  switch (code) {
    case 'required': return t('leads_problem_required', label);
    case 'email': return t('leads_problem_email', label);
    case 'confidence': return t('leads_problem_confidence', label);
    case 'country': return t('leads_problem_country', label);
  }
}
