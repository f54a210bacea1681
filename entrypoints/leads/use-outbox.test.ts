import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '@/lib/outbox/types';
import { pendingLeadIds } from './use-outbox';

function item(state: OutboxItem['state'], operation: OutboxItem['operation']): OutboxItem {
  return { id: String(Math.random()), seq: 1, operation, queuedAt: 0, attempts: 1, nextAttemptAt: 0, notBefore: 0, state, error: null, saved: null, settledAt: null };
}

describe('pendingLeadIds', () => {
  it('marks leads whose edit or delete still waits, not delivered or failed ones, nor new leads', () => {
    const ids = pendingLeadIds([
      item('pending', { kind: 'updateLead', id: 1, changes: { position: 'CTO' } }),
      item('pending', { kind: 'deleteLead', id: 2 }),
      item('delivered', { kind: 'updateLead', id: 3, changes: {} }),
      item('failed', { kind: 'deleteLead', id: 4 }),
      item('pending', { kind: 'createLead', draft: { first_name: 'A', last_name: 'B' }, listId: null }),
    ]);
    expect([...ids].sort()).toEqual([1, 2]);
  });
});
