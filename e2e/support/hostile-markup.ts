import type { Frame, Page } from '@playwright/test';

/**
 * Elements that only a hostile string from the API, parsed as HTML, could have made in one of Quarry's pages
 * (which draw no images, SVG, bold tags, frames or inline scripts, and no event-handler attributes), and links
 * that are not http(s) or to Quarry's own pages. Asserting on the DOM matters: the extension's CSP would stop an injected script from
 * running anyway, so "nothing ran" proves nothing about escaping.
 */
export function markupFromData(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter(
        (element) =>
          // Quarry's own glyphs (components/Icon.tsx) are the only SVG it draws.
          element.matches('script:not([src]), img, svg:not(.icon), b, iframe, object, embed') ||
          Array.from(element.attributes).some((attribute) => attribute.name.toLowerCase().startsWith('on')) ||
          // Links: http(s), or Quarry's own pages (e.g. "Bulk jobs"); never javascript: or data:.
          (element instanceof HTMLAnchorElement && element.hasAttribute('href') &&
            !/^https?:\/\//.test(element.href) && new URL(element.href).origin !== location.origin),
      )
      .map((element) => element.outerHTML.slice(0, 160)),
  );
}
