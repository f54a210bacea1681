import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the card is really on screen for the user. The card lives in someone else's page, which could
 * cover it or make it transparent to lure a click onto Verify or Save (clickjacking); Chromium's
 * IntersectionObserver v2 says when anything hides or fades the frame. The card starts as "not seen" until v2
 * says otherwise; where the browser cannot tell (no v2) it stays so (the background answers in the popup there).
 */
export function useSeenByUser(target: { current: HTMLElement | null }): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!element || !('isVisible' in IntersectionObserverEntry.prototype)) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
        if (last) setSeen(last.isVisible === true);
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return seen;
}
