import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AgeBand, DialogueDetails, OpinionChannel, RegisterOfflineOpinionRequest, Relation } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatTimeRange } from '../../lib/format';
import { checkedErrors, type PathStep } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { useDistricts } from '../../lib/queries/districts';
import { answerField, answerFieldOf, emptyAnswers, markField, toAnswerInputs, type AnswerState } from '../../components/questions/answers';
import { QuestionField } from '../../components/questions/QuestionField';
import { markKindText, withMarkWords } from '../../components/map/marks';
import { FieldError, SelectField } from '../../components/Fields';
import { ageKey, channelKey, relationKey } from '../../lib/participation';
import { registerOfflineOpinionMutation } from './api/registerOfflineOpinion';

export const offlineChannels: Exclude<OpinionChannel, 'online'>[] = ['meeting', 'dialogueWalk', 'popUp', 'paper', 'phone'];
const ageBands: AgeBand[] = ['under16', 'age16To25', 'age26To40', 'age41To64', 'age65Plus'];
const relations: Relation[] = ['resident', 'businessOwner', 'worksOrStudiesHere', 'youngPerson'];

/** The offline form's fields: the channel, session and text, each question's answers (`answers[<question id>]`) and the background. */
export function offlineFieldOf(path: PathStep[], sent: Pick<RegisterOfflineOpinionRequest, 'answers'>): string | undefined {
  const [first, second] = path;
  if (path.length === 1 && (first === 'channel' || first === 'sessionId' || first === 'text')) return first;
  if (first === 'background' && path.length === 2 && (second === 'ageBand' || second === 'district' || second === 'relation')) return second;
  if (first === 'answers') return answerFieldOf(path, sent.answers);
  return undefined;
}

/** Staff type in an opinion gathered at a meeting, a walk, a pop-up, on paper or by phone: the same answers as online. */
export function OfflineOpinionForm({ dialogue }: { dialogue: DialogueDetails }) {
  const { t, say, locale } = useI18n();
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const questions = dialogue.questions;
  const [channel, setChannel] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [text, setText] = useState('');
  const [answers, setAnswers] = useState<Record<string, AnswerState>>(() => emptyAnswers(questions));
  const [ageBand, setAgeBand] = useState('');
  const [district, setDistrict] = useState('');
  const [relation, setRelation] = useState('');
  const [registered, setRegistered] = useState(0);
  const [receipt, setReceipt] = useState<string>();
  const form = useApiForm({
    mutation: registerOfflineOpinionMutation(queryClient, dialogue.id),
    fieldOf: (path, _field, sent: RegisterOfflineOpinionRequest) => offlineFieldOf(path, sent),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setReceipt(undefined);
    const request: RegisterOfflineOpinionRequest = {
      channel: channel as OpinionChannel,
      sessionId: sessionId || null,
      text: text.trim() || null,
      answers: toAnswerInputs(questions, answers),
      background: {
        ageBand: (ageBand || null) as AgeBand | null,
        district: district || null,
        relation: (relation || null) as Relation | null,
      },
    };
    const done = await form.submit(request, checkedErrors(channel ? {} : { channel: ['staffOpinions.channel.required'] }));
    if (!done) return;
    // The channel and session stay: the next paper from the same meeting is typed in the same way.
    setText('');
    setAnswers(emptyAnswers(questions));
    setAgeBand('');
    setDistrict('');
    setRelation('');
    setRegistered((n) => n + 1);
    setReceipt(`${window.location.origin}/kvitto/${done.data.receiptToken}`);
  }

  const err = (field: string) => say(form.errorsOf(field));
  const allErrors = say([...form.errors.general, ...withMarkWords(form.errors.fields, markKindText(t))]) ?? [];

  return (
    <section aria-labelledby="register-heading" className="stack">
      <h2 id="register-heading">{t('staffOpinions.register.title')}</h2>
      <p>{t('staffOpinions.register.intro')}</p>
      {registered > 0 && (
        <div className="notice notice--success" role="status">
          <p>{t('staffOpinions.register.done', { count: registered })}</p>
          {receipt && (
            <p>
              {t('staffOpinions.register.receipt')} <span className="receipt-link">{receipt}</span>
            </p>
          )}
        </div>
      )}
      {allErrors.length > 0 && (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={form.summaryRef}>
          <h3>{t('staff.form.errorSummary')}</h3>
          <ul>
            {allErrors.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <form className="stack" onSubmit={submit} noValidate aria-labelledby="register-heading">
        <SelectField id="offline-channel" label={t('staffOpinions.channel')} value={channel} onChange={setChannel} required errors={err('channel')}
          none={t('staffOpinions.channel.choose')} options={offlineChannels.map((c) => [c, t(channelKey(c))])} />
        {dialogue.sessions.length > 0 && (
          <SelectField id="offline-session" label={t('staffOpinions.session')} value={sessionId} onChange={setSessionId} errors={err('sessionId')}
            none={t('staffOpinions.session.none')}
            options={dialogue.sessions.map((s) => [s.id, `${s.title} (${formatTimeRange(s.startsAt, s.endsAt, locale)})`])} />
        )}
        {questions.length === 0 ? (
          <div className="field">
            <label htmlFor="offline-text">{t('staffOpinions.text', { question: dialogue.question })}</label>
            <textarea id="offline-text" rows={6} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)}
              aria-invalid={err('text') ? true : undefined} aria-describedby={err('text') ? 'offline-text-error' : undefined} />
            <FieldError id="offline-text" messages={err('text')} />
          </div>
        ) : (
          <>
            {questions.map((q, i) => (
              <QuestionField key={q.id} question={q} number={i + 1} value={answers[q.id] ?? emptyAnswers([q])[q.id]} errors={err(answerField(q.id))}
                markErrors={(index) => form.errorsOf(markField(q.id, index))} dialogueMap={dialogue.map}
                onChange={(value) => setAnswers((a) => ({ ...a, [q.id]: value }))} />
            ))}
            <div className="field">
              <label htmlFor="offline-text">{t('staffOpinions.comment')}</label>
              <textarea id="offline-text" rows={3} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)}
                aria-invalid={err('text') ? true : undefined} aria-describedby={err('text') ? 'offline-text-error' : undefined} />
              <FieldError id="offline-text" messages={err('text')} />
            </div>
          </>
        )}
        <fieldset>
          <legend>{t('staffOpinions.background')}</legend>
          <SelectField id="offline-age" label={t('staffOpinions.age')} value={ageBand} onChange={setAgeBand} errors={err('ageBand')}
            none={t('staffOpinions.none')} options={ageBands.map((a) => [a, t(ageKey(a))])} />
          <SelectField id="offline-district" label={t('staffOpinions.district')} value={district} onChange={setDistrict} errors={err('district')}
            none={t('staffOpinions.none')} options={(districts.data ?? []).map((d) => [d.code, d.name])} />
          <SelectField id="offline-relation" label={t('staffOpinions.relation')} value={relation} onChange={setRelation} errors={err('relation')}
            none={t('staffOpinions.none')} options={relations.map((r) => [r, t(relationKey(r))])} />
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={form.pending}>
            {t('staffOpinions.register.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

