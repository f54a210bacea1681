import { useListChoice } from '@/components/leads/list-choice';
import { FailedWrites } from '@/components/outbox/FailedWrites';
import { send } from '@/lib/messaging/send';

/** Saves that failed for good, from this popup or an earlier one: never silently dropped. */
export function PopupFailedWrites() {
  const choice = useListChoice();
  return (
    <FailedWrites
      items={choice.outbox}
      onRetry={(id) => void send('outboxRetry', { id }).then(() => choice.refreshOutbox())}
      onDismiss={(id) => void send('outboxDismiss', { id }).then(() => choice.refreshOutbox())}
    />
  );
}
