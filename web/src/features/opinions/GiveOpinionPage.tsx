import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { AgeBand, DialogueDetails, DistrictDto, Relation } from '../../api/client';
import { call, dialoguesClient, opinionsClient, toApiProblem, type ApiProblem } from '../../api/http';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { SelectField } from '../../components/Fields';
import { emptyAnswers, idempotencyKeyFor, toAnswerInputs, type AnswerState } from '../../components/questions/answers';
import { QuestionField } from '../../components/questions/QuestionField';

const ageBands: AgeBand[] = ['under16', 'age16To25', 'age26To40', 'age41To64', 'age65Plus'];
const relations: Relation[] = ['resident', 'businessOwner', 'worksOrStudiesHere', 'youngPerson'];

/** A resident answers the dialogue's question, anonymously, and gets a private receipt. */
export function GiveOpinionPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const dialogue = useQuery<DialogueDetails, ApiProblem>({
    queryKey: ['dialogue', slug],
    queryFn: ({ signal }) => call(() => dialoguesClient.getDialogueBySlug(slug, signal)),
  });
  const districts = useQuery<DistrictDto[], ApiProblem>({
    queryKey: ['districts'],
    queryFn: ({ signal }) => call(() => dialoguesClient.listDistricts(signal)),
  });
  usePageTitle(dialogue.data ? t('opinion.title', { title: dialogue.data.title }) : undefined);
  const [text, setText] = useState('');
  const [ageBand, setAgeBand] = useState('');
  const [district, setDistrict] = useState('');
  const [relation, setRelation] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const [sending, setSending] = useState(false);
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
    setSending(true);
    setProblem(undefined);
    const body = {
      text: text.trim() || null,
      answers: toAnswerInputs(questions, answerState),
      background: {
        ageBand: (ageBand || null) as AgeBand | null,
        district: district || null,
        relation: (relation || null) as Relation | null,
      },
      feedbackEmail: email.trim() || null,
      consentToFeedback: consent,
    };
    // Sending the same form again (after a lost answer) reuses the key: the API returns the first receipt.
    lastRequest.current = idempotencyKeyFor(JSON.stringify(body), lastRequest.current);
    const key = lastRequest.current.key;
    try {
      const receipt = await call(() => opinionsClient.submitOpinion(d.id, body, key));
      navigate(`/kvitto/${receipt.receiptToken}`, { state: { justSent: true } });
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setSending(false);
    }
  }

  const fieldErrors = problem ? Object.values(problem.errors).flat() : [];
  const answerErrors = (questionId: string) => problem?.errors[`opinion.answers[${questionId}]`];
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={`/dialoger/${d.slug}`}>{d.title}</Link>
      </p>
      <h1>{t('opinion.title', { title: d.title })}</h1>
      {d.status !== 'open' ? (
        <p className="notice notice--warning">{t('opinion.notOpen')}</p>
      ) : (
        <>
          <p>{youth ? t('opinion.youth.intro') : t('opinion.intro')}</p>
          {problem && (
            <div className="notice notice--error" role="alert">
              <p>{fieldErrors.length > 0 ? fieldErrors.join(' ') : (problem.detail ?? problem.title)}</p>
            </div>
          )}
          <form className="stack" onSubmit={submit}>
            {questions.length === 0 ? (
              <div className="field">
                <label htmlFor="opinion-text">
                  {youth ? t('opinion.youth.text') : t('opinion.text')}: {d.question}
                </label>
                <textarea id="opinion-text" rows={6} required maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
              </div>
            ) : (
              <>
                {questions.map((q, i) => (
                  <QuestionField key={q.id} question={q} number={i + 1} value={answerState[q.id]} errors={answerErrors(q.id)}
                    onChange={(value) => setAnswers({ ...answerState, [q.id]: value })} />
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
                options={ageBands.map((a) => [a, t(`age.${a}` as MessageKey)])} none={t('opinion.none')} />
              <SelectField id="district" label={t('opinion.district')} value={district} onChange={setDistrict}
                options={(districts.data ?? []).map((x) => [x.code, x.name])} none={t('opinion.none')} />
              <SelectField id="relation" label={t('opinion.relation')} value={relation} onChange={setRelation}
                options={relations.map((r) => [r, t(`relation.${r}` as MessageKey)])} none={t('opinion.none')} />
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
            <button type="submit" className="button" disabled={sending}>
              {youth ? t('opinion.youth.send') : t('opinion.send')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

