import type { DialogueMapDto, QuestionDto, QuestionTranslationDto } from '../../api/client';
import type { Words } from '../../i18n/catalogue';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { questionText } from '../../lib/dialogueText';
import { move, type AnswerState } from './answers';
import { formatNumber } from '../../lib/format';

// A map question's field (and, inside it, Leaflet) is fetched only for a questionnaire that has one.
const MapQuestionField = lazy(() => import('../map/MapQuestionField').then((m) => ({ default: m.MapQuestionField })));

interface Props {
  question: QuestionDto;
  number: number;
  value: AnswerState;
  onChange: (value: AnswerState) => void;
  errors?: string[];
  /** A map question: the errors at one of its marks (by its index as sent), in words to be said. */
  markErrors?: (index: number) => Words[] | undefined;
  /** A map question: the dialogue's map (area, start view, named places). */
  dialogueMap?: DialogueMapDto | null;
  /** The officials' translation of the question into the page's language, if any. */
  translation?: QuestionTranslationDto;
}

/** One question of a questionnaire, answered with the control its kind needs. Every control has a label or a
 * legend; errors are tied to the question with aria-describedby. */
export function QuestionField({ question, number, value, onChange, errors, translation, markErrors, dialogueMap }: Props) {
  const { t, language, locale } = useI18n();
  const numbered = formatNumber(number, locale);
  const words = questionText(question, language, translation);
  // A text still in Swedish on a page in another language is marked so (screen readers switch voice).
  const inItsLanguage = (w: { text: string; lang: string }) => (w.lang === language ? w.text : <span lang={w.lang}>{w.text}</span>);
  const text = inItsLanguage(words);
  const optionLabel = (o: QuestionDto['options'][number]) => words.option(o).text;
  const optionText = (o: QuestionDto['options'][number]) => inItsLanguage(words.option(o));
  const id = `q-${question.id}`;
  const errorId = `${id}-error`;
  const describedBy = errors?.length ? errorId : undefined;
  const required = question.required ? <span className="required"> {t('opinion.required')}</span> : null;
  const errorText = errors?.length ? (
    <p id={errorId} className="field-error">
      {errors.join(' ')}
    </p>
  ) : null;

  if (question.kind === 'map') {
    return (
      <Suspense fallback={<p>{t('map.loading')}</p>}>
        <MapQuestionField question={question} number={number} marks={value.marks} onChange={(marks) => onChange({ ...value, marks })}
          legend={<>{numbered}. {text}{required}</>} errorText={errorText} describedBy={describedBy} markErrors={markErrors}
          dialogueMap={dialogueMap} categoryLabel={optionLabel} />
      </Suspense>
    );
  }

  if (question.kind === 'freeText') {
    return (
      <div className="field">
        <label htmlFor={id}>
          {numbered}. {text}
          {required}
        </label>
        {errorText}
        <textarea id={id} rows={4} maxLength={4000} required={question.required} aria-describedby={describedBy}
          aria-invalid={errors?.length ? true : undefined}
          value={value.text} onChange={(e) => onChange({ ...value, text: e.target.value })} />
      </div>
    );
  }

  if (question.kind === 'ranking') {
    const byId = new Map(question.options.map((o) => [o.id, o]));
    return (
      <fieldset aria-describedby={describedBy}>
        <legend>
          {numbered}. {text}
          {required}
        </legend>
        <p className="hint">{t('opinion.rankHelp')}</p>
        {errorText}
        <ol className="ranking">
          {value.optionIds.map((optionId, index) => {
            const option = byId.get(optionId);
            const label = option ? optionLabel(option) : optionId;
            return (
              <li key={optionId}>
                <span>{option ? optionText(option) : optionId}</span>
                <button type="button" className="button button--small" disabled={index === 0}
                  aria-label={t('opinion.moveUp', { option: label })}
                  onClick={() => onChange({ ...value, optionIds: move(value.optionIds, index, -1) })}>
                  ↑
                </button>
                <button type="button" className="button button--small" disabled={index === value.optionIds.length - 1}
                  aria-label={t('opinion.moveDown', { option: label })}
                  onClick={() => onChange({ ...value, optionIds: move(value.optionIds, index, 1) })}>
                  ↓
                </button>
              </li>
            );
          })}
        </ol>
      </fieldset>
    );
  }

  if (question.kind === 'scale') {
    return (
      <fieldset aria-describedby={describedBy}>
        <legend>
          {numbered}. {text}
          {required}
        </legend>
        <p className="hint">
          {t('opinion.scaleLow')}, {t('opinion.scaleHigh')}
        </p>
        {errorText}
        <div className="scale">
          {[1, 2, 3, 4, 5].map((n) => (
            <span key={n} className="check">
              <input type="radio" id={`${id}-${n}`} name={id} value={n} checked={value.scale === n}
                required={question.required} onChange={() => onChange({ ...value, scale: n })} />
              <label htmlFor={`${id}-${n}`}>{formatNumber(n, locale)}</label>
            </span>
          ))}
        </div>
      </fieldset>
    );
  }

  const multiple = question.kind === 'multipleChoice';
  return (
    <fieldset aria-describedby={describedBy}>
      <legend>
        {numbered}. {text}
        {required}
      </legend>
      {errorText}
      {question.options.map((option) => (
        <div key={option.id} className="check">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            id={`${id}-${option.id}`}
            name={id}
            value={option.id}
            checked={value.optionIds.includes(option.id)}
            required={!multiple && question.required}
            onChange={(e) =>
              onChange({
                ...value,
                optionIds: multiple
                  ? e.target.checked
                    ? [...value.optionIds, option.id]
                    : value.optionIds.filter((o) => o !== option.id)
                  : [option.id],
              })
            }
          />
          <label htmlFor={`${id}-${option.id}`}>{optionText(option)}</label>
        </div>
      ))}
    </fieldset>
  );
}
