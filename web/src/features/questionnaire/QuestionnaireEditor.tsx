import { useState, type FormEvent, type ReactNode, useLayoutEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DialogueDetails } from '../../api/client';
import type { MarkKind, QuestionDto, QuestionKind } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { FieldError, TextField } from '../../components/Fields';
import { useApiForm } from '../../lib/useApiForm';
import { setQuestionnaireMutation } from './api/setQuestionnaire';
import './questionnaire.css';
import {
  changeKind,
  editsOptions,
  fieldId,
  markKinds,
  fromQuestions,
  limits,
  moveItem,
  newOption,
  newQuestion,
  placeChecked,
  questionKinds,
  questionnaireFieldOf,
  toQuestionInputs,
  validateQuestionnaire,
  type DraftOption,
  type DraftQuestion,
} from './questionnaire';


export const kindKey = (kind: QuestionKind): MessageKey => `questionnaire.kind.${kind}`;
const markKindKey = (kind: MarkKind): MessageKey => `questionnaire.map.kind.${kind}`;

/** The words of an option list: a choice question's alternatives, or a map question's categories. */
type OptionWords = Record<'legend' | 'option' | 'optionEn' | 'add' | 'moveUp' | 'moveDown' | 'remove' | 'added' | 'moved' | 'removed', MessageKey>;
const optionWords: OptionWords = {
  legend: 'questionnaire.options',
  option: 'questionnaire.option',
  optionEn: 'questionnaire.optionEn',
  add: 'questionnaire.option.add',
  moveUp: 'questionnaire.option.moveUp',
  moveDown: 'questionnaire.option.moveDown',
  remove: 'questionnaire.option.remove',
  added: 'questionnaire.optionAdded',
  moved: 'questionnaire.optionMoved',
  removed: 'questionnaire.optionRemoved',
};
const categoryWords: OptionWords = {
  legend: 'questionnaire.categories',
  option: 'questionnaire.category',
  optionEn: 'questionnaire.categoryEn',
  add: 'questionnaire.category.add',
  moveUp: 'questionnaire.category.moveUp',
  moveDown: 'questionnaire.category.moveDown',
  remove: 'questionnaire.category.remove',
  added: 'questionnaire.categoryAdded',
  moved: 'questionnaire.categoryMoved',
  removed: 'questionnaire.categoryRemoved',
};

/** On the edit page: the questionnaire, built while the dialogue is a draft and read-only after that. */
export function QuestionnaireEditor({ dialogue }: { dialogue: DialogueDetails }) {
  return dialogue.status === 'draft' ? <EditableQuestionnaire dialogue={dialogue} /> : <LockedQuestionnaire questions={dialogue.questions} />;
}

function LockedQuestionnaire({ questions }: { questions: QuestionDto[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="questionnaire-heading" className="stack">
      <h2 id="questionnaire-heading">{t('questionnaire.title')}</h2>
      <p>{t('questionnaire.locked')}</p>
      {questions.length === 0 ? (
        <p>{t('questionnaire.noneLocked')}</p>
      ) : (
        <ol className="question-list">
          {questions.map((q) => (
            <li key={q.id}>
              <strong>{q.text}</strong>
              {q.textEn && (
                <>
                  {' '}
                  (<span lang="en">{q.textEn}</span>)
                </>
              )}{' '}
              – {t(kindKey(q.kind))}
              {q.required && `, ${t('questionnaire.mustAnswer')}`}
              {q.map && `, ${q.map.kinds.map((k) => t(markKindKey(k)).toLowerCase()).join(', ')}, ${t('questionnaire.map.atMost', { max: q.map.maxMarks })}`}
              {q.options.length > 0 && (
                <ul>
                  {q.options.map((o) => (
                    <li key={o.id}>
                      {o.text}
                      {o.textEn && (
                        <>
                          {' '}
                          (<span lang="en">{o.textEn}</span>)
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EditableQuestionnaire({ dialogue }: { dialogue: DialogueDetails }) {
  const { t, say } = useI18n();
  const queryClient = useQueryClient();
  // Filled once: a refetch of the dialogue (after a session is added on the same page) keeps unsaved edits.
  const [questions, setQuestions] = useState<DraftQuestion[]>(() => fromQuestions(dialogue.questions));
  const [saved, setSaved] = useState<number>();
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string>();
  const form = useApiForm({
    mutation: setQuestionnaireMutation(queryClient, dialogue.id),
    fieldOf: (path, _field, sent) => questionnaireFieldOf(path, sent.draft),
  });

  // Keyboard users keep their place: after a move, add or removal, focus goes where the change happened — before the
  // browser paints (a layout effect), so no key press falls between a disabled button and the one focus moves to.
  useLayoutEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  const errors = form.errors;
  const fieldErrors = (id: string) => say(form.errorsOf(id));

  function edit(next: DraftQuestion[], said?: string, focus?: string) {
    setQuestions(next);
    setSaved(undefined);
    if (said) setAnnouncement(said);
    if (focus) setFocusId(focus);
  }

  const update = (index: number, change: (q: DraftQuestion) => DraftQuestion) =>
    edit(questions.map((q, i) => (i === index ? change(q) : q)));

  function addQuestion() {
    const added = newQuestion();
    edit([...questions, added], t('questionnaire.added', { n: questions.length + 1 }), fieldId.text(added));
  }

  function moveQuestion(index: number, step: -1 | 1) {
    const next = moveItem(questions, index, step);
    const to = index + step;
    // Stay on the same button unless the question reached the end where that button is disabled.
    const button = edgeButton(to, next.length, step);
    edit(next, t('questionnaire.moved', { from: index + 1, to: to + 1 }), `qe-${questions[index].key}-${button}`);
  }

  function removeQuestion(index: number) {
    edit(
      questions.filter((_, i) => i !== index),
      t('questionnaire.removed', { n: index + 1 }),
      'questionnaire-add',
    );
  }

  function updateOptions(index: number, options: DraftOption[], said?: string, focus?: string) {
    edit(
      questions.map((q, i) => (i === index ? { ...q, options } : q)),
      said,
      focus,
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const sent = questions;
    const done = await form.submit({ questions: toQuestionInputs(sent), draft: sent }, placeChecked(validateQuestionnaire(sent), sent));
    if (done) {
      setQuestions(fromQuestions(done.data));
      setSaved(done.data.length);
    }
  }

  const labelOf = (id: string): string | undefined => {
    for (const [i, q] of questions.entries()) {
      const n = i + 1;
      const prefix = `${t('questionnaire.question', { n })}, `;
      if (id === fieldId.text(q)) return prefix + t('questionnaire.text');
      if (id === fieldId.textEn(q)) return prefix + t('questionnaire.textEn');
      if (id === fieldId.kind(q)) return prefix + t('questionnaire.kind');
      const words = q.kind === 'map' ? categoryWords : optionWords;
      if (id === fieldId.options(q)) return t(words.legend, { n });
      if (id === fieldId.mapKinds(q)) return prefix + t('questionnaire.map.kinds');
      if (id === fieldId.maxMarks(q)) return prefix + t('questionnaire.map.maxMarks');
      for (const [j, o] of q.options.entries()) {
        if (id === fieldId.optionText(q, o)) return prefix + t(words.option, { n: j + 1 });
        if (id === fieldId.optionTextEn(q, o)) return prefix + t(words.optionEn, { n: j + 1 });
      }
    }
    return undefined;
  };
  // Errors of a question or option removed since are no longer listed.
  const fieldErrorList = Object.entries(errors.fields).filter(([id]) => labelOf(id) !== undefined);
  const hasErrors = fieldErrorList.length > 0 || errors.general.length > 0;

  return (
    <section aria-labelledby="questionnaire-heading" className="stack">
      <h2 id="questionnaire-heading">{t('questionnaire.title')}</h2>
      <p>{t('questionnaire.intro')}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {hasErrors && (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={form.summaryRef}>
          <h3>{t('staff.form.errorSummary')}</h3>
          <ul>
            {errors.general.map((w, i) => (
              <li key={i}>{t(w.key, w.params)}</li>
            ))}
            {fieldErrorList.map(([id, messages]) => (
              <li key={id}>
                <a href={`#${id}`}>
                  {labelOf(id) ? `${labelOf(id)}: ` : ''}
                  {say(messages)?.join(' ')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {saved !== undefined && (
        <p className="notice notice--success" role="status">
          {t('questionnaire.saved', { count: saved })}
        </p>
      )}
      <form className="stack" onSubmit={submit} noValidate aria-labelledby="questionnaire-heading">
        {questions.length === 0 && <p>{t('questionnaire.none')}</p>}
        {questions.map((q, index) => {
          const n = index + 1;
          return (
            <fieldset key={q.key} className="question-editor">
              <legend>{t('questionnaire.question', { n })}</legend>
              <TextField id={fieldId.text(q)} label={t('questionnaire.text')} value={q.text} required maxLength={limits.questionText}
                errors={fieldErrors(fieldId.text(q))} onChange={(text) => update(index, (x) => ({ ...x, text }))} />
              <TextField id={fieldId.textEn(q)} label={t('questionnaire.textEn')} value={q.textEn} lang="en" maxLength={limits.questionText}
                errors={fieldErrors(fieldId.textEn(q))} onChange={(textEn) => update(index, (x) => ({ ...x, textEn }))} />
              <div className="field">
                <label htmlFor={fieldId.kind(q)}>{t('questionnaire.kind')}</label>
                <select
                  id={fieldId.kind(q)}
                  value={q.kind}
                  aria-invalid={fieldErrors(fieldId.kind(q)) ? true : undefined}
                  aria-describedby={fieldErrors(fieldId.kind(q)) ? `${fieldId.kind(q)}-error` : undefined}
                  onChange={(e) => update(index, (x) => changeKind(x, e.target.value as QuestionKind))}
                >
                  {questionKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(kindKey(kind))}
                    </option>
                  ))}
                </select>
                <FieldError id={fieldId.kind(q)} messages={fieldErrors(fieldId.kind(q))} />
              </div>
              {q.kind === 'scale' && <p className="hint">{t('questionnaire.scaleHint')}</p>}
              <div className="check">
                <input id={`qe-${q.key}-required`} type="checkbox" checked={q.required}
                  onChange={(e) => update(index, (x) => ({ ...x, required: e.target.checked }))} />
                <label htmlFor={`qe-${q.key}-required`}>{t('questionnaire.required')}</label>
              </div>
              {q.kind === 'map' && (
                <MapSettings question={q} errors={fieldErrors} onChange={(map) => update(index, (x) => ({ ...x, map }))} />
              )}
              {editsOptions(q.kind) && (
                <Options question={q} number={n} errors={fieldErrors} words={q.kind === 'map' ? categoryWords : optionWords}
                  onChange={(options, said, focus) => updateOptions(index, options, said, focus)} />
              )}
              <div className="actions">
                <SmallButton id={`qe-${q.key}-up`} disabled={index === 0} onClick={() => moveQuestion(index, -1)}>
                  {t('questionnaire.moveUp', { n })}
                </SmallButton>
                <SmallButton id={`qe-${q.key}-down`} disabled={index === questions.length - 1} onClick={() => moveQuestion(index, 1)}>
                  {t('questionnaire.moveDown', { n })}
                </SmallButton>
                <SmallButton id={`qe-${q.key}-remove`} onClick={() => removeQuestion(index)}>
                  {t('questionnaire.remove', { n })}
                </SmallButton>
              </div>
            </fieldset>
          );
        })}
        <div className="actions">
          <button id="questionnaire-add" type="button" className="button button--secondary" onClick={addQuestion}
            disabled={questions.length >= limits.questions}>
            {t('questionnaire.add')}
          </button>
          <button type="submit" className="button" disabled={form.pending}>
            {t('questionnaire.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A map question's settings: what residents can mark (at least one kind) and how many marks at most. */
function MapSettings(props: { question: DraftQuestion; errors: (id: string) => string[] | undefined; onChange: (map: DraftQuestion['map']) => void }) {
  const { t } = useI18n();
  const { question: q, errors } = props;
  const kindsId = fieldId.mapKinds(q);
  const toggle = (kind: MarkKind, on: boolean) =>
    props.onChange({ ...q.map, kinds: on ? markKinds.filter((k) => k === kind || q.map.kinds.includes(k)) : q.map.kinds.filter((k) => k !== kind) });
  return (
    <>
      <p className="hint">{t('questionnaire.map.hint')}</p>
      <fieldset id={kindsId} tabIndex={-1} aria-describedby={errors(kindsId) ? `${kindsId}-error` : undefined}>
        <legend>{t('questionnaire.map.kinds')}</legend>
        <FieldError id={kindsId} messages={errors(kindsId)} />
        {markKinds.map((kind) => (
          <div key={kind} className="check">
            <input id={`${kindsId}-${kind}`} type="checkbox" checked={q.map.kinds.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
            <label htmlFor={`${kindsId}-${kind}`}>{t(markKindKey(kind))}</label>
          </div>
        ))}
      </fieldset>
      <TextField id={fieldId.maxMarks(q)} type="number" label={t('questionnaire.map.maxMarks')} hint={t('questionnaire.map.maxMarksHint')}
        value={q.map.maxMarks} required errors={errors(fieldId.maxMarks(q))} onChange={(maxMarks) => props.onChange({ ...q.map, maxMarks })} />
    </>
  );
}

function Options(props: {
  question: DraftQuestion;
  number: number;
  words: OptionWords;
  errors: (id: string) => string[] | undefined;
  onChange: (options: DraftOption[], said?: string, focus?: string) => void;
}) {
  const { t } = useI18n();
  const { question: q, errors, words: w } = props;
  const groupId = fieldId.options(q);
  const set = (j: number, change: Partial<DraftOption>) => props.onChange(q.options.map((o, i) => (i === j ? { ...o, ...change } : o)));

  function move(j: number, step: -1 | 1) {
    const next = moveItem(q.options, j, step);
    const to = j + step;
    const button = edgeButton(to, next.length, step);
    props.onChange(next, t(w.moved, { from: j + 1, to: to + 1 }), `${fieldId.optionText(q, q.options[j])}-${button}`);
  }

  function add() {
    const added = newOption();
    props.onChange([...q.options, added], t(w.added, { n: q.options.length + 1 }), fieldId.optionText(q, added));
  }

  return (
    <fieldset id={groupId} tabIndex={-1} aria-describedby={errors(groupId) ? `${groupId}-error` : undefined}>
      <legend>{t(w.legend, { n: props.number })}</legend>
      <FieldError id={groupId} messages={errors(groupId)} />
      <ol className="option-list">
        {q.options.map((o, j) => {
          const id = fieldId.optionText(q, o);
          const m = j + 1;
          return (
            <li key={o.key}>
              <TextField id={id} label={t(w.option, { n: m })} value={o.text} required maxLength={limits.optionText}
                errors={errors(id)} onChange={(text) => set(j, { text })} />
              <TextField id={fieldId.optionTextEn(q, o)} label={t(w.optionEn, { n: m })} value={o.textEn} lang="en"
                maxLength={limits.optionText} errors={errors(fieldId.optionTextEn(q, o))} onChange={(textEn) => set(j, { textEn })} />
              <div className="actions">
                <SmallButton id={`${id}-up`} disabled={j === 0} onClick={() => move(j, -1)}>
                  {t(w.moveUp, { n: m })}
                </SmallButton>
                <SmallButton id={`${id}-down`} disabled={j === q.options.length - 1} onClick={() => move(j, 1)}>
                  {t(w.moveDown, { n: m })}
                </SmallButton>
                <SmallButton
                  id={`${id}-remove`}
                  onClick={() => props.onChange(q.options.filter((_, i) => i !== j), t(w.removed, { n: m }), `${groupId}-add`)}
                >
                  {t(w.remove, { n: m })}
                </SmallButton>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <button id={`${groupId}-add`} type="button" className="button button--secondary" onClick={add} disabled={q.options.length >= limits.options}>
          {t(w.add)}
        </button>
      </div>
    </fieldset>
  );
}

/** The button to keep focus on after moving an item to `to`: the same one, unless the item reached the end where it is disabled. */
function edgeButton(to: number, length: number, step: -1 | 1): 'up' | 'down' {
  if (to === 0) return 'down';
  if (to === length - 1) return 'up';
  return step === -1 ? 'up' : 'down';
}

function SmallButton({ id, disabled, onClick, children }: { id: string; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button id={id} type="button" className="button button--secondary button--small" disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}

