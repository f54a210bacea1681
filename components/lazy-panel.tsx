import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ResultsSkeleton } from './domain/ResultsSkeleton';

/**
 * A component whose code is fetched the first time it is drawn (a popup tab nobody has opened yet), with
 * the same fixed-size skeleton as any loading view meanwhile: the first paint carries only what it shows.
 */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyPanel(props: P) {
    const [Panel, setPanel] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Panel) return;
      void load().then((component) => {
        loaded = component;
        setPanel(() => component);
      });
    }, []);
    return Panel ? <Panel {...props} /> : <ResultsSkeleton />;
  };
}
