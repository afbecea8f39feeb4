import { useRef, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgeBand, DialogueDetails, DistrictDto, OpinionChannel, Relation } from '../../api/client';
import { call, dialoguesClient, opinionsClient, toApiProblem, type ApiProblem } from '../../api/http';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { formatTimeRange } from '../../lib/format';
import { emptyAnswers, toAnswerInputs, type AnswerState } from '../../components/questions/answers';
import { QuestionField } from '../../components/questions/QuestionField';
import { FieldError, SelectField } from '../../components/Fields';
import { channelKey } from '../../lib/participation';

export const offlineChannels: Exclude<OpinionChannel, 'online'>[] = ['meeting', 'dialogueWalk', 'popUp', 'paper', 'phone'];
const ageBands: AgeBand[] = ['under16', 'age16To25', 'age26To40', 'age41To64', 'age65Plus'];
const relations: Relation[] = ['resident', 'businessOwner', 'worksOrStudiesHere', 'youngPerson'];

/** The API's field names (`opinion.sessionId`, `opinion.answers[<id>]` …) as the form's own field names. */
export function offlineFieldErrors(errors: Record<string, string[]>): { fields: Record<string, string[]>; general: string[] } {
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const name = path.replace(/^opinion\./i, '');
    const known = /^(channel|sessionId|text|answers\[[^\]]+\]|background\.(ageBand|district|relation))$/i.test(name);
    if (known) fields[name.replace(/^background\./i, '')] = messages;
    else general.push(...messages);
  }
  return { fields, general };
}

/** Staff type in an opinion gathered at a meeting, a walk, a pop-up, on paper or by phone: the same answers as online. */
export function OfflineOpinionForm({ dialogue }: { dialogue: DialogueDetails }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const districts = useQuery<DistrictDto[], ApiProblem>({
    queryKey: ['districts'],
    queryFn: ({ signal }) => call(() => dialoguesClient.listDistricts(signal)),
  });
  const questions = dialogue.questions;
  const [channel, setChannel] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [text, setText] = useState('');
  const [answers, setAnswers] = useState<Record<string, AnswerState>>(() => emptyAnswers(questions));
  const [ageBand, setAgeBand] = useState('');
  const [district, setDistrict] = useState('');
  const [relation, setRelation] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string[]>; general: string[] }>({ fields: {}, general: [] });
  const [sending, setSending] = useState(false);
  const [registered, setRegistered] = useState(0);
  const [receipt, setReceipt] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);

  function showErrors(next: typeof errors) {
    setErrors(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setReceipt(undefined);
    if (!channel) return showErrors({ fields: { channel: [t('staffOpinions.channel.required')] }, general: [] });
    setSending(true);
    try {
      const result = await call(() =>
        opinionsClient.registerOfflineOpinion(dialogue.id, {
          channel: channel as OpinionChannel,
          sessionId: sessionId || null,
          text: text.trim() || null,
          answers: toAnswerInputs(questions, answers),
          background: {
            ageBand: (ageBand || null) as AgeBand | null,
            district: district || null,
            relation: (relation || null) as Relation | null,
          },
        }),
      );
      // The channel and session stay: the next paper from the same meeting is typed in the same way.
      setText('');
      setAnswers(emptyAnswers(questions));
      setAgeBand('');
      setDistrict('');
      setRelation('');
      setErrors({ fields: {}, general: [] });
      setRegistered((n) => n + 1);
      setReceipt(`${window.location.origin}/kvitto/${result.receiptToken}`);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['reach', dialogue.id] }),
        queryClient.invalidateQueries({ queryKey: ['staff-dialogue', dialogue.id] }),
      ]);
    } catch (error) {
      const problem = toApiProblem(error);
      const placed = offlineFieldErrors(problem.errors);
      if (Object.keys(problem.errors).length === 0) placed.general.push(problem.detail ?? problem.title);
      showErrors(placed);
    } finally {
      setSending(false);
    }
  }

  const err = (field: string) => errors.fields[field];
  const allErrors = [...errors.general, ...Object.values(errors.fields).flat()];

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
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
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
              <QuestionField key={q.id} question={q} number={i + 1} value={answers[q.id] ?? emptyAnswers([q])[q.id]} errors={err(`answers[${q.id}]`)}
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
            none={t('staffOpinions.none')} options={ageBands.map((a) => [a, t(`age.${a}` as MessageKey)])} />
          <SelectField id="offline-district" label={t('staffOpinions.district')} value={district} onChange={setDistrict} errors={err('district')}
            none={t('staffOpinions.none')} options={(districts.data ?? []).map((d) => [d.code, d.name])} />
          <SelectField id="offline-relation" label={t('staffOpinions.relation')} value={relation} onChange={setRelation} errors={err('relation')}
            none={t('staffOpinions.none')} options={relations.map((r) => [r, t(`relation.${r}` as MessageKey)])} />
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={sending}>
            {t('staffOpinions.register.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

