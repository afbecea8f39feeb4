import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadAllWords } from './i18n/i18n';

// A browser in Karlskoga: Swedish first (jsdom says en-US), so a page speaks Swedish unless a test chooses otherwise.
Object.defineProperty(navigator, 'languages', { value: ['sv-SE', 'sv'], configurable: true });

// Each page is its own chunk (a lazy route): the first render of a page in a file waits for its module to be
// transformed, which on a shared machine can take longer than testing-library's default second.
configure({ asyncUtilTimeout: 5_000 });

// Every catalogue in every language, before any test renders: pages render their words at once, as after loading.
await loadAllWords();

afterEach(() => {
  cleanup();
  localStorage.clear();
  // The page carries a chosen language in its address (?lang=en): the next test starts at a plain one.
  window.history.replaceState(null, '', '/');
});
