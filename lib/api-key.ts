// What a key looks like, for the options page and the background alike (no storage here).

/** Shows enough of a key to recognise it, never enough to use it. */
export function maskApiKey(key: string): string {
  if (key.length <= 8) return '•'.repeat(key.length);
  return `${key.slice(0, 4)}${'•'.repeat(8)}${key.slice(-4)}`;
}

/** Why a pasted key cannot be one, or null. */
export function validateApiKey(text: string): 'empty' | 'whitespace' | null {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  if (/\s/.test(trimmed)) return 'whitespace';
  return null;
}
