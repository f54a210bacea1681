import { expect, type Frame, type Page } from '@playwright/test';

/** One Tab stop: the control reached, and why its focus cannot be seen (null when it can). */
export interface FocusStop { control: string; problem: string | null }

interface Walk { stops: Element[]; focused: Map<Element, Look[]> }
/**
 * What a focus indicator is drawn with, on the control or on one of its three nearest ancestors, with its size
 * and the box that clips it (if any) as they were while it had focus (Tab scrolls it into view; later Tabs move on).
 */
interface Look {
  outline: string; outlineWidth: number; outlineColor: string; outlineOffset: number; boxShadow: string;
  width: number; height: number; clippedBy: string | null;
}

const WALK = '__quarryFocusWalk';

/**
 * Runs in the page after each Tab: notes the focused control and how it and its ancestors look now.
 * Returns 'again' once focus comes back to a control already seen, 'out' when nothing in this document has it.
 */
function noteFocused(walkKey: string): 'new' | 'again' | 'out' {
  const own = window as unknown as Record<string, Walk>;
  own[walkKey] ??= { stops: [], focused: new Map() };
  const walk = own[walkKey]!;
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return 'out';
  if (walk.focused.has(element)) return 'again';
  const looks: Look[] = [];
  for (let node: Element | null = element, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    const style = getComputedStyle(node);
    const outlineWidth = parseFloat(style.outlineWidth) || 0;
    const outlineOffset = parseFloat(style.outlineOffset) || 0;
    const box = node.getBoundingClientRect();
    // How far the ring reaches past the box; a ring inside the box reaches nothing.
    const reach = style.outlineStyle === 'none' ? 0 : Math.max(0, outlineOffset + outlineWidth);
    let clippedBy: string | null = null;
    for (let clip = node.parentElement; clip && clip !== document.body && clip !== document.documentElement && !clippedBy; clip = clip.parentElement) {
      const clipStyle = getComputedStyle(clip);
      if (clipStyle.overflowX === 'visible' && clipStyle.overflowY === 'visible') continue;
      const edge = clip.getBoundingClientRect();
      const inside = box.left - reach >= edge.left - 0.5 && box.right + reach <= edge.right + 0.5
        && box.top - reach >= edge.top - 0.5 && box.bottom + reach <= edge.bottom + 0.5;
      if (!inside) clippedBy = `${clip.tagName.toLowerCase()}${[...clip.classList].map((c) => `.${c}`).join('')}`;
    }
    looks.push({
      outline: style.outlineStyle, outlineWidth, outlineColor: style.outlineColor, outlineOffset, boxShadow: style.boxShadow,
      width: box.width, height: box.height, clippedBy,
    });
  }
  walk.stops.push(element);
  walk.focused.set(element, looks);
  return 'new';
}

/**
 * Runs in the page once the walk is over, with nothing focused: for each stop, finds the indicator (the first of
 * the control and its ancestors whose outline or shadow changed with focus) and checks it could be seen: at least
 * 2 px, at least 3:1 against what lies behind it (WCAG 1.4.11), not clipped by a scrolling or clipping box.
 */
function judgeStops(walkKey: string): FocusStop[] {
  const own = window as unknown as Record<string, Walk | undefined>;
  const walk = own[walkKey];
  delete own[walkKey];
  if (!walk) return [];

  type Rgba = [number, number, number, number];
  const parse = (color: string): Rgba | null => {
    const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color.trim());
    return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : null;
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const over = (top: Rgba, under: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as Rgba;
  /** The colour painted behind `from`'s box: its own background and its ancestors', blended down to the canvas. */
  const backdrop = (from: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let node = from; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color[3] > 0) layers.push(color);
      if (color && color[3] === 1) break;
    }
    const canvas: Rgba = matchMedia('(prefers-color-scheme: dark)').matches ? [0, 0, 0, 1] : [255, 255, 255, 1];
    return layers.reduceRight((under, top) => over(top, under), canvas);
  };
  const shadowColor = (shadow: string) => parse(/rgba?\([^)]*\)/.exec(shadow)?.[0] ?? '');
  const name = (element: Element) => {
    const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent;
    return `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} "${(label ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  };

  const judge = (element: Element, focusedLooks: Look[]): string | null => {
    let node: Element | null = element;
    for (let depth = 0; node && depth < focusedLooks.length; node = node.parentElement, depth++) {
      const focused = focusedLooks[depth]!;
      const style = getComputedStyle(node);
      const ring = focused.outline !== 'none' && focused.outlineWidth > 0
        && (style.outlineStyle !== focused.outline || parseFloat(style.outlineWidth) !== focused.outlineWidth || style.outlineColor !== focused.outlineColor);
      const shadow = focused.boxShadow !== 'none' && focused.boxShadow !== style.boxShadow;
      if (!ring && !shadow) continue;
      if (focused.width < 4 || focused.height < 4) return `its indicator is on a ${Math.round(focused.width)}×${Math.round(focused.height)} px box`;
      if (ring && focused.outlineWidth < 2) return `outline only ${focused.outlineWidth}px wide`;
      const color = ring ? parse(focused.outlineColor) : shadowColor(focused.boxShadow);
      if (!color) return `unreadable indicator colour ${ring ? focused.outlineColor : focused.boxShadow}`;
      // A ring drawn inside the box lies on the control's own background, one outside on its parent's.
      const behind = backdrop(ring && focused.outlineOffset < 0 ? node : node.parentElement);
      const ratio = contrast(over(color, behind), behind);
      if (ratio < 3) return `indicator contrast ${ratio.toFixed(2)}:1 (${ring ? focused.outlineColor : 'shadow'} on rgb(${behind.slice(0, 3).map(Math.round).join(', ')}))`;
      if (focused.clippedBy) return `indicator clipped by ${focused.clippedBy}`;
      return null;
    }
    return 'no focus indicator (nothing changes when it has focus)';
  };

  return walk.stops.map((element) => ({ control: name(element), problem: element.isConnected ? judge(element, walk.focused.get(element)!) : 'removed from the page while tabbing' }));
}

/**
 * Tabs through what `page` shows from its top (or through `frame`, e.g. the card, from where focus is now),
 * until focus comes back round or leaves, and returns each control reached with any problem of its indicator.
 */
export async function walkFocus(page: Page, frame: Frame = page.mainFrame(), maxStops = 150): Promise<FocusStop[]> {
  if (frame === page.mainFrame()) await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let outs = 0;
  for (let press = 0; press < maxStops; press++) {
    await page.keyboard.press('Tab');
    const seen = await frame.evaluate(noteFocused, WALK);
    if (seen === 'again') break;
    // Out once: past the last control (the browser's own UI, or the page around a frame). Twice: done.
    if (seen === 'out' && (frame !== page.mainFrame() || ++outs === 2)) break;
  }
  await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return frame.evaluate(judgeStops, WALK);
}

/** Every control Tab reaches shows a focus indicator that can be seen, in light and in dark; at least `atLeast` stops. */
export async function expectFocusVisible(page: Page, state: string, atLeast: number, frame?: Frame): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const stops = await walkFocus(page, frame);
    expect(stops.length, `${state} (${colorScheme}): Tab reaches at least ${atLeast} controls: ${stops.map((s) => s.control).join(', ')}`).toBeGreaterThanOrEqual(atLeast);
    expect(stops.filter((s) => s.problem).map((s) => `${s.control}: ${s.problem}`), `${state} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
