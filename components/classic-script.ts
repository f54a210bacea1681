const loading = new Map<string, Promise<unknown>>();

/**
 * What an unlisted script of the extension returns (WXT builds `entrypoints/<name>.ts` into `/<name>.js`, a
 * classic script that leaves its main()'s result in a global named after the file, camel-cased), added to the
 * page on first use: how a page whose own code is one classic script still loads a rarely used part later.
 */
export function loadClassicScript<T>(name: string): Promise<T> {
  const global = name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  let loaded = loading.get(name);
  if (!loaded) {
    loaded = new Promise<T>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `/${name}.js`;
      script.onload = () => resolve((globalThis as unknown as Record<string, T>)[global]!);
      script.onerror = () => {
        loading.delete(name);
        reject(new Error(`Could not load ${name}.js`));
      };
      document.head.append(script);
    });
    loading.set(name, loaded);
  }
  return loaded as Promise<T>;
}
