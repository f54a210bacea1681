// An edit or delete that failed for a transient reason waits in the shared outbox; the background then
// answers `{ state: 'queued' }` instead of failing. Read loosely so this works whichever shape the reply has.

export function isQueued(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && (reply as { state?: unknown }).state === 'queued';
}
