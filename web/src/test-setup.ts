import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadAllWords } from './i18n/i18n';

// A browser in Karlskoga: Swedish first (jsdom says en-US), so a page speaks Swedish unless a test chooses otherwise.
Object.defineProperty(navigator, 'languages', { value: ['sv-SE', 'sv'], configurable: true });

// Every catalogue in every language, before any test renders: pages render their words at once, as after loading.
await loadAllWords();

afterEach(() => {
  cleanup();
  localStorage.clear();
  // The page carries a chosen language in its address (?lang=en): the next test starts at a plain one.
  window.history.replaceState(null, '', '/');
});
