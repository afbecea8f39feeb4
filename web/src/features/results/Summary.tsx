import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResultDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/format';
import { noErrors, type FormErrors } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { TextField } from '../../components/Fields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { compileResultMutation } from './api/compileResult';
import { QuoteList } from './QuoteList';
import { maxQuotes, summaryFieldOf, type Quote } from './results';

/** The summary and the chosen quotes: written once the dialogue has closed, read-only once the decision is recorded. */
export function Summary(props: { dialogueId: string; result: ResultDto; compiling: boolean; quotes: Quote[]; setQuotes: (q: Quote[]) => void }) {
  const { dialogueId, result, compiling, quotes, setQuotes } = props;
  const { t, say, locale } = useI18n();
  const queryClient = useQueryClient();
  const [summary, setSummary] = useState(result.summary);
  const [saved, setSaved] = useState(false);
  const form = useApiForm({ mutation: compileResultMutation(queryClient, dialogueId), fieldOf: summaryFieldOf });

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked: FormErrors = {
      fields: summary.trim() ? {} : { summary: [{ key: 'results.summary.required' }] },
      general: quotes.length > maxQuotes ? [{ key: 'results.quotes.tooMany' as const, params: { max: maxQuotes } }] : noErrors.general,
    };
    const request = { summary: summary.trim(), quoteOpinionIds: quotes.map((q) => q.opinionId) };
    if (await form.submit(request, checked)) setSaved(true);
  }

  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('results.summary')}</h2>
      {compiling ? (
        <form className="stack" onSubmit={save} noValidate aria-labelledby="summary-heading">
          <p>{t('results.summary.intro')}</p>
          <FormErrorSummary
            errors={form.errors}
            label={(field) => (field === 'summary' ? t('results.summary.field') : undefined)}
            fieldId={(field) => (field === 'summary' ? 'result-summary' : undefined)}
            ref={form.summaryRef}
            headingLevel={3}
          />
          <TextField id="result-summary" label={t('results.summary.field')} value={summary} onChange={setSummary} errors={say(form.errorsOf('summary'))} multiline required maxLength={10_000} />
          <QuoteList quotes={quotes} setQuotes={setQuotes} editable />
          <div>
            <button type="submit" className="button" disabled={form.pending}>
              {t('results.save')}
            </button>
          </div>
          <p role="status" className="status-line">
            {saved ? t('results.saved') : ''}
          </p>
        </form>
      ) : (
        <>
          <p className="notice notice--warning">{t('results.summary.readOnly')}</p>
          {result.summary ? <p className="preserve-lines">{result.summary}</p> : <p>{t('results.summary.none')}</p>}
          <QuoteList quotes={result.quotes} setQuotes={setQuotes} editable={false} />
        </>
      )}
      {result.updatedAt && <p className="hint">{t('results.updatedAt', { date: formatDateTime(result.updatedAt, locale) })}</p>}
    </section>
  );
}
