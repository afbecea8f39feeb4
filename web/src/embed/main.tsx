// The embeddable list of current dialogues (docs/embedding.md): other sites frame /inbaddning/dialoger. Its own entry,
// not the app: no router, no service worker, no query cache, no i18next — Preact, the generated client and its own
// small catalogue. It stores nothing (no cookies, no localStorage) and talks to this origin only.
import { createRoot } from 'react-dom/client';
import { EmbedPage } from '../features/embed/EmbedPage';
import { embedParams } from '../features/embed/embedParams';
import { loadEmbedWords } from '../features/embed/words';
import { reportHeight } from '../features/embed/height';
import { infoOf } from '../i18n/languages';
import '../features/embed/embed.css';

const params = embedParams(location.search);
document.documentElement.lang = params.language;
document.documentElement.dir = infoOf(params.language).dir;

void loadEmbedWords(params.language).then((t) => {
  document.title = t('embed.documentTitle');
  createRoot(document.getElementById('embed')!).render(<EmbedPage params={params} t={t} />);
  reportHeight();
});
