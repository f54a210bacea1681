import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INLINED_STYLES, inlineBuildStyles, inlineStylesheet } from './inline-styles';

const PAGE = '<head><title>Quarry</title>\n<link rel="stylesheet" href="/assets/popup-main.css" vite-ignore />\n</head><body><script src="/popup-main.js"></script></body>';

describe('inlineStylesheet', () => {
  it('puts the stylesheet in the page where its link was, and nothing else changes', () => {
    const html = inlineStylesheet(PAGE, 'assets/popup-main.css', 'body { color: red; }\n');
    expect(html).toBe('<head><title>Quarry</title>\n<style>body { color: red; }</style>\n</head><body><script src="/popup-main.js"></script></body>');
  });

  it('keeps "$" sequences of the stylesheet as they are', () => {
    expect(inlineStylesheet(PAGE, 'assets/popup-main.css', "a::after { content: '$&'; }")).toContain("content: '$&'");
  });

  it('refuses a page that does not link the stylesheet, and a stylesheet that would close its element', () => {
    expect(() => inlineStylesheet(PAGE, 'assets/card.css', 'a {}')).toThrow('does not link /assets/card.css');
    expect(() => inlineStylesheet(PAGE, 'assets/popup-main.css', 'a { content: "</style>"; }')).toThrow('would end');
  });
});

describe('inlineBuildStyles', () => {
  it('leaves each page holding its stylesheet and the stylesheet files gone from the build', () => {
    const build = mkdtempSync(join(tmpdir(), 'quarry-inline-'));
    try {
      mkdirSync(join(build, 'assets'));
      for (const [page, stylesheet] of Object.entries(INLINED_STYLES)) {
        writeFileSync(join(build, page), `<head><link rel="stylesheet" href="/${stylesheet}" /></head>`);
        writeFileSync(join(build, stylesheet), `.${page.replace('.html', '')} { color: red; }`);
      }
      expect(inlineBuildStyles(build)).toEqual(['assets/popup-main.css', 'assets/card.css']);
      expect(readFileSync(join(build, 'popup.html'), 'utf8')).toBe('<head><style>.popup { color: red; }</style></head>');
      expect(readFileSync(join(build, 'card.html'), 'utf8')).toBe('<head><style>.card { color: red; }</style></head>');
      expect(existsSync(join(build, 'assets/popup-main.css')) || existsSync(join(build, 'assets/card.css'))).toBe(false);
    } finally {
      rmSync(build, { recursive: true, force: true });
    }
  });
});
