import { useI18n } from '../../i18n/I18nProvider';
import './about.css';

/** The code a web editor pastes: the iframe with a district filter, and the optional height listener (docs/embedding.md). */
export const embedSnippet = (origin: string) => `<iframe src="${origin}/inbaddning/dialoger?omrade=centrum&amp;antal=5"
  title="Aktuella dialoger i Karlskoga kommun"
  style="inline-size: 100%; block-size: 28rem; border: 0" loading="lazy"></iframe>
<script>
  addEventListener('message', (event) => {
    if (event.origin !== '${origin}' || event.data?.type !== 'medborgardialog:height') return;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === event.source) frame.style.blockSize = event.data.height + 'px';
  });
</script>`;

/**
 * "Show the dialogues on your website": for karlskoga.se's web editors and local media, on the public page that already
 * says how accessible the service is — the list they embed is part of it, and they need no account to find the code.
 */
export function EmbedSnippet() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="embed-snippet-heading">
      <h2 id="embed-snippet-heading">{t('a11y.embed.title')}</h2>
      <p>{t('a11y.embed.text')}</p>
      <p>{t('a11y.embed.allow')}</p>
      <figure className="code-sample">
        <figcaption id="embed-snippet-caption">{t('a11y.embed.code')}</figcaption>
        <pre dir="ltr" aria-labelledby="embed-snippet-caption" tabIndex={0}>
          <code>{embedSnippet(window.location.origin)}</code>
        </pre>
      </figure>
      <p>{t('a11y.embed.params')}</p>
      <ul>
        <li>{t('a11y.embed.param.omrade')}</li>
        <li>{t('a11y.embed.param.amne')}</li>
        <li>{t('a11y.embed.param.sprak')}</li>
        <li>{t('a11y.embed.param.antal')}</li>
      </ul>
      <p>{t('a11y.embed.height')}</p>
    </section>
  );
}
