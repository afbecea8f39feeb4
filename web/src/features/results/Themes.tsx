import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResultDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { Bar } from '../../components/BarTable';
import { TextField } from '../../components/Fields';
import { byPath } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { createThemeMutation } from './api/createTheme';
import { SimilarOpinions } from './SimilarOpinions';

/** The themes with their counts and the opinions similar to each, and (while opinions can be grouped) a form for a new one. */
export function Themes({ dialogueId, result, grouping }: { dialogueId: string; result: ResultDto; grouping: boolean }) {
  const { t, say } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string>();
  const form = useApiForm({ mutation: createThemeMutation(queryClient, dialogueId), fieldOf: byPath((field) => field === 'name') });
  const max = Math.max(result.untagged, ...result.themes.map((x) => x.count));
  const [similarTo, setSimilarTo] = useState<string>();
  const similarButtons = useRef(new Map<string, HTMLButtonElement>());
  const similarTheme = result.themes.find((x) => x.id === similarTo);

  function closeSimilar() {
    const button = similarTo ? similarButtons.current.get(similarTo) : undefined;
    setSimilarTo(undefined);
    requestAnimationFrame(() => button?.focus());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(undefined);
    const trimmed = name.trim();
    const checked = !trimmed
      ? { fields: { name: [{ key: 'results.theme.required' as const }] }, general: [] }
      : result.themes.some((x) => x.name === trimmed)
        ? { fields: { name: [{ key: 'results.theme.duplicate' as const, params: { name: trimmed } }] }, general: [] }
        : undefined;
    const done = await form.submit({ name: trimmed }, checked);
    if (done) {
      setName('');
      setCreated(done.data.name);
    }
  }

  const errors = say([...form.errors.general, ...(form.errorsOf('name') ?? [])]);

  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t('results.themes')}</h2>
      <p>{t('results.themes.intro')}</p>
      {grouping && (
        <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="theme-form-heading">
          <h3 id="theme-form-heading" className="visually-hidden">
            {t('results.theme.add')}
          </h3>
          <TextField id="theme-name" label={t('results.theme.name')} value={name} onChange={setName} errors={errors} maxLength={100} required />
          <div>
            <button type="submit" className="button" disabled={form.pending}>
              {t('results.theme.add')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className="status-line">
        {created ? t('results.theme.created', { name: created }) : ''}
      </p>
      {result.themes.length === 0 ? (
        <p>{t('results.themes.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('results.themes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.theme')}</th>
              <th scope="col">{t('results.theme.opinions')}</th>
            </tr>
          </thead>
          <tbody>
            {result.themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row">{theme.name}</th>
                <td>
                  <Bar count={theme.count} max={max} />
                  <button
                    type="button"
                    className="button button--secondary similar__open"
                    aria-label={t('results.similar.open', { theme: theme.name })}
                    aria-expanded={similarTo === theme.id}
                    ref={(el) => {
                      if (el) similarButtons.current.set(theme.id, el);
                      else similarButtons.current.delete(theme.id);
                    }}
                    onClick={() => setSimilarTo(similarTo === theme.id ? undefined : theme.id)}
                  >
                    {t('results.similar.button')}
                  </button>
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <em>{t('results.untagged')}</em>
              </th>
              <td>
                <Bar count={result.untagged} max={max} />
              </td>
            </tr>
          </tbody>
        </table>
      )}
      {similarTheme && <SimilarOpinions key={similarTheme.id} dialogueId={dialogueId} theme={similarTheme} grouping={grouping} onClose={closeSimilar} />}
    </section>
  );
}
