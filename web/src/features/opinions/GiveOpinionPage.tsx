import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AgeBand, Relation, SubmitOpinionRequest } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { SelectField } from '../../components/Fields';
import { answerField, answerFieldOf, emptyAnswers, idempotencyKeyFor, markField, toAnswerInputs, type AnswerState } from '../../components/questions/answers';
import { QuestionField } from '../../components/questions/QuestionField';
import { markKindText, withMarkWords } from '../../components/map/marks';
import { useDialogue } from '../../lib/queries/dialogue';
import { dialogueText } from '../../lib/dialogueText';
import { useDistricts } from '../../lib/queries/districts';
import { ageKey, relationKey } from '../../lib/participation';
import { useApiForm } from '../../lib/useApiForm';
import { submitOpinionMutation } from './api/submitOpinion';

const ageBands: AgeBand[] = ['under16', 'age16To25', 'age26To40', 'age41To64', 'age65Plus'];
const relations: Relation[] = ['resident', 'businessOwner', 'worksOrStudiesHere', 'youngPerson'];

/** A resident answers the dialogue's question, anonymously, and gets a private receipt. */
export function GiveOpinionPage() {
  const { slug = '' } = useParams();
  const { t, say, language } = useI18n();
  const navigate = useNavigate();
  const dialogue = useDialogue(slug);
  const districts = useDistricts();
  const words = dialogue.data ? dialogueText(dialogue.data, language) : undefined;
  usePageTitle(words ? t('opinion.title', { title: words.title }) : undefined);
  const [text, setText] = useState('');
  const [ageBand, setAgeBand] = useState('');
  const [district, setDistrict] = useState('');
  const [relation, setRelation] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const form = useApiForm({
    mutation: submitOpinionMutation(dialogue.data?.id ?? ''),
    fieldOf: (path, _field, sent) => (path.length === 1 && path[0] === 'text' ? 'text' : answerFieldOf(path, sent.body.answers)),
  });
  const [answers, setAnswers] = useState<Record<string, AnswerState>>();
  const lastRequest = useRef<{ body: string; key: string }>(undefined);

  if (dialogue.isPending) return <Loading />;
  if (dialogue.isError) return <ErrorMessage problem={dialogue.error} />;
  const d = dialogue.data;
  const questions = d.questions;
  const answerState = answers ?? emptyAnswers(questions);
  const youth = d.isYouthDialogue;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: SubmitOpinionRequest = {
      text: text.trim() || null,
      answers: toAnswerInputs(questions, answerState),
      background: {
        ageBand: (ageBand || null) as AgeBand | null,
        district: district || null,
        relation: (relation || null) as Relation | null,
      },
      feedbackEmail: email.trim() || null,
      consentToFeedback: consent,
      // The resident's language: their e-mails are written in it, and reach counts answers by it.
      language,
    };
    // Sending the same form again (after a lost answer) reuses the key: the API returns the first receipt.
    lastRequest.current = idempotencyKeyFor(JSON.stringify(body), lastRequest.current);
    const sent = await form.submit({ body, idempotencyKey: lastRequest.current.key });
    if (sent) navigate(`/kvitto/${sent.data.receiptToken}`, { state: { justSent: true } });
  }

  const problems = say([...form.errors.general, ...withMarkWords(form.errors.fields, markKindText(t))]);
  const answerErrors = (questionId: string) => say(form.errorsOf(answerField(questionId)));
  const w = dialogueText(d, language);
  const own = (text: string) => (w.lang === language ? text : <span lang={w.lang}>{text}</span>);
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={`/dialoger/${d.slug}`}>{own(w.title)}</Link>
      </p>
      <h1>{t('opinion.title', { title: w.title })}</h1>
      {d.status !== 'open' ? (
        <p className="notice notice--warning">{t('opinion.notOpen')}</p>
      ) : (
        <>
          <p>{youth ? t('opinion.youth.intro') : t('opinion.intro')}</p>
          {problems && (
            <div className="notice notice--error" role="alert" tabIndex={-1} ref={form.summaryRef}>
              <p>{problems.join(' ')}</p>
            </div>
          )}
          <form className="stack" onSubmit={submit}>
            {questions.length === 0 ? (
              <div className="field">
                <label htmlFor="opinion-text">
                  {youth ? t('opinion.youth.text') : t('opinion.text')}: {own(w.question)}
                </label>
                <textarea id="opinion-text" rows={6} required maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
              </div>
            ) : (
              <>
                {questions.map((q, i) => (
                  <QuestionField key={q.id} question={q} number={i + 1} value={answerState[q.id]} errors={answerErrors(q.id)}
                    markErrors={(index) => form.errorsOf(markField(q.id, index))} dialogueMap={d.map}
                    translation={w.questions.get(q.id)} onChange={(value) => setAnswers({ ...answerState, [q.id]: value })} />
                ))}
                <div className="field">
                  <label htmlFor="opinion-text">{t('opinion.comment')}</label>
                  <textarea id="opinion-text" rows={3} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
                </div>
              </>
            )}
            <fieldset>
              <legend>{t('opinion.background')}</legend>
              <SelectField id="age" label={t('opinion.ageBand')} value={ageBand} onChange={setAgeBand}
                options={ageBands.map((a) => [a, t(ageKey(a))])} none={t('opinion.none')} />
              <SelectField id="district" label={t('opinion.district')} value={district} onChange={setDistrict}
                options={(districts.data ?? []).map((x) => [x.code, x.name])} none={t('opinion.none')} />
              <SelectField id="relation" label={t('opinion.relation')} value={relation} onChange={setRelation}
                options={relations.map((r) => [r, t(relationKey(r))])} none={t('opinion.none')} />
            </fieldset>
            <div className="field">
              <label htmlFor="opinion-email">{youth ? t('opinion.youth.email') : t('opinion.email')}</label>
              <input id="opinion-email" type="email" autoComplete="email" maxLength={256} value={email} onChange={(e) => setEmail(e.target.value)} />
            </div>
            {email.trim() && (
              <div className="check">
                <input id="opinion-consent" type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
                <label htmlFor="opinion-consent">{youth ? t('opinion.youth.consent') : t('opinion.consent')}</label>
              </div>
            )}
            <button type="submit" className="button" disabled={form.pending}>
              {youth ? t('opinion.youth.send') : t('opinion.send')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

