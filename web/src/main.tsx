import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { reader } from './i18n/choice';
import { loadWords } from './i18n/i18n';
import './styles.css';

// The shared words in the reader's language (and in Swedish, the fallback) are fetched before the first render, a
// page's own with its route: no key ever shows.
void loadWords(reader.language, ['shared']).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
