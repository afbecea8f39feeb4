import type { Quote } from './results';
import { maxQuotes, moveQuote } from './results';
import { useI18n } from '../../i18n/I18nProvider';

/** The chosen quotes in order, moved and removed with buttons while the result can be compiled. */
export function QuoteList({ quotes, setQuotes, editable }: { quotes: Quote[]; setQuotes: (q: Quote[]) => void; editable: boolean }) {
  const { t } = useI18n();
  return (
    <div>
      <h3 id="quotes-heading">{t('results.quotes', { count: quotes.length, max: maxQuotes })}</h3>
      {quotes.length === 0 ? (
        <p>{t(editable ? 'results.quotes.none' : 'results.quotes.noneSaved')}</p>
      ) : (
        <ol className="quote-list" aria-labelledby="quotes-heading">
          {quotes.map((q, i) => (
            <li key={q.opinionId}>
              <blockquote>
                <p>{q.text}</p>
              </blockquote>
              {editable && (
                <div className="actions">
                  <button type="button" className="button button--secondary button--small" disabled={i === 0} onClick={() => setQuotes(moveQuote(quotes, i, -1))}>
                    {t('results.quote.up', { n: i + 1 })}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={i === quotes.length - 1}
                    onClick={() => setQuotes(moveQuote(quotes, i, 1))}
                  >
                    {t('results.quote.down', { n: i + 1 })}
                  </button>
                  <button type="button" className="button button--secondary button--small" onClick={() => setQuotes(quotes.filter((x) => x.opinionId !== q.opinionId))}>
                    {t('results.quote.remove', { n: i + 1 })}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

