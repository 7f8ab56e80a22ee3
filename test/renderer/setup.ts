import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
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

/** The store as the app starts: Kazakh, on the home screen, nothing selected. */
export function resetUi(): void {
  useUi.setState({ language: 'kk', route: { name: 'home' }, registryQuery: DEFAULT_QUERY, selectedEntryId: null, notice: null });
}

beforeEach(resetUi);
afterEach(() => {
  cleanup();
  resetUi();
  Reflect.deleteProperty(window, 'jury');
});
