import type { ReplyError } from '@/lib/messaging/protocol';
import { errorSentence } from './error-sentence';

export function ErrorMessage({ error }: { error: ReplyError }) {
  return (
    <p class="alert error" role="alert">
      {errorSentence(error)}
    </p>
  );
}
