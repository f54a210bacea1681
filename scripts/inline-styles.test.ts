import { describe, expect, it } from 'vitest';
import { inlineStylesheet } from './inline-styles';

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
