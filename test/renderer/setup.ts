import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { DEFAULT_QUERY } from '../../shared/entries/registryQuery';
import { useUi } from '../../renderer/state/ui';

// jsdom has no layout: the virtual registry table needs these to exist, not to do anything.
if (!('ResizeObserver' in globalThis)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}
if (!Element.prototype.scrollTo) Element.prototype.scrollTo = function scrollTo() {};
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};

/**
 * jsdom lays nothing out, so every element is 0×0. The virtualizer reads the scroll area's
 * client size right after mount (replacing its initialRect) and renders no row at all for a
 * 0-high viewport; give that one element the size of a window's table area.
 */
const VIEWPORT = { clientWidth: 1000, clientHeight: 700 } as const;
const VIRTUAL_SCROLLERS = new Set(['registry-scroll', 'results-scroll']);
for (const [prop, size] of Object.entries(VIEWPORT)) {
  const native = Object.getOwnPropertyDescriptor(Element.prototype, prop);
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return VIRTUAL_SCROLLERS.has(this.dataset.testid ?? '') ? size : (native?.get?.call(this) ?? 0);
    },
  });
}

/** The store as the app starts: Kazakh, on the home screen, nothing selected. */
export function resetUi(): void {
  useUi.setState(
    { ...useUi.getInitialState(), language: 'kk', route: { name: 'home' }, registryQuery: DEFAULT_QUERY, selectedEntryId: null, notice: null },
    true,
  );
}

beforeEach(resetUi);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetUi();
  Reflect.deleteProperty(window, 'jury');
});
