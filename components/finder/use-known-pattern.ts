import { useEffect, useState } from 'preact/hooks';
import type { KnownPattern } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';

/**
 * The pattern a cached domain search gave for what the Domain box says, or null. The background answers from
 * its cache only, so asking at each change costs nothing. A pattern read for earlier text is never shown for
 * the new text.
 */
export function useKnownPattern(domainText: string): KnownPattern | null {
  const text = domainText.trim();
  const [known, setKnown] = useState<{ text: string; pattern: KnownPattern | null }>({ text: '', pattern: null });
  useEffect(() => {
    if (!text) return;
    let current = true;
    void send('knownPattern', { domain: text }).then((reply) => {
      if (current) setKnown({ text, pattern: reply.ok ? reply.data : null });
    });
    return () => {
      current = false;
    };
  }, [text]);
  return known.text === text ? known.pattern : null;
}
