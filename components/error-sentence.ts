import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';

/** Every failure as one sentence in the user's words, with the API's own details when it gave any. */
export function errorSentence(error: ReplyError): string {
  const sentence = t(`error_${error.kind}`);
  const details = error.details?.trim();
  return details && error.kind !== 'not_allowed' ? `${sentence} ${t('error_details', details)}` : sentence;
}
