// @vitest-environment happy-dom
import { h, render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSeenByUser } from './use-seen-by-user';

type Report = (entries: Array<{ isVisible?: boolean }>) => void;

/** A stand-in IntersectionObserver that lets the test say what the browser saw; `v2` adds `isVisible`. */
function fakeObserver(v2: boolean): { report: Report } {
  const control: { report: Report } = { report: () => {} };
  class Entry {}
  if (v2) Object.defineProperty(Entry.prototype, 'isVisible', { get: () => false, configurable: true });
  class Observer {
    constructor(callback: Report) {
      control.report = callback;
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserverEntry', Entry);
  vi.stubGlobal('IntersectionObserver', Observer);
  return control;
}

const states: boolean[] = [];
function Probe() {
  const ref = useRef<HTMLElement>(null);
  states.push(useSeenByUser(ref));
  return h('main', { ref });
}

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(h(Probe, null), root));
}

afterEach(() => {
  states.length = 0;
  vi.unstubAllGlobals();
});

describe('whether the user can see the in-page card', () => {
  it('starts from "not seen": not even the first paint has live buttons before the browser has looked', () => {
    const browser = fakeObserver(true);
    mount();
    expect(states).not.toContain(true);
    act(() => browser.report([{ isVisible: true }]));
    expect(states.at(-1)).toBe(true);
    act(() => browser.report([{ isVisible: false }]));
    expect(states.at(-1)).toBe(false);
  });

  it('stays "not seen" where the browser cannot tell (no IntersectionObserver v2)', () => {
    const browser = fakeObserver(false);
    mount();
    act(() => browser.report([{}]));
    expect(states).not.toContain(true);
  });
});
