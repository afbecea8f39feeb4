import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecisionDto, DialogueDetails, PublishFeedbackResponse, StaffFeedbackDto } from '../../api/client';
import { call, feedbackClient, toApiProblem, type ApiProblem } from '../../api/http';
import { useI18n } from '../../i18n/I18nProvider';
import { messages, statusKey, type MessageKey } from '../../i18n/messages';
import { formatDateTime, formatPlainDate } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { TextField } from '../../components/Fields';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { StaffDialogueGate } from '../../components/StaffDialogueGate';
import {
  decisionRequest,
  emptyLink,
  feedbackLinks,
  fieldId,
  filledLinks,
  formErrors,
  initialDecision,
  isDelivering,
  validateDecision,
  validateFeedback,
  type DecisionValues,
  type FieldErrors,
  type LinkValues,
} from './decision';



/** How often the delivery of feedback e-mails is checked while some are still waiting. */
const deliveryRefresh = 3000;

/** The decision and the feedback to residents (/personal/dialoger/:id/beslut). */
export function DecisionPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <StaffDialogueGate id={id} title={(d) => (d ? t('decision.title', { title: d.title }) : t('decision.link'))}>
      {(dialogue) => <DecisionAndFeedback dialogue={dialogue} />}
    </StaffDialogueGate>
  );
}

/** Messages are message keys (checked in the browser) or the API's own words. */
function useSay() {
  const { t } = useI18n();
  return (message: string) => (message in messages.sv ? t(message as MessageKey) : message);
}

function summaryItems(errors: FieldErrors, form: 'decision' | 'feedback', label: (field: string) => string, say: (m: string) => string): SummaryItem[] {
  return Object.entries(errors).flatMap(([field, list]) =>
    list.map((m, i) => {
      const name = field === 'general' ? '' : label(field);
      return { key: `${field}-${i}`, text: name ? `${name}: ${say(m)}` : say(m), fieldId: field === 'general' ? undefined : fieldId(form, field) };
    }),
  );
}

function DecisionAndFeedback({ dialogue: d }: { dialogue: DialogueDetails }) {
  const { t } = useI18n();
  const staff = useQuery<StaffFeedbackDto, ApiProblem>({
    queryKey: ['staff-feedback', d.id],
    queryFn: ({ signal }) => call(() => feedbackClient.getStaffFeedback(d.id, signal)),
    refetchInterval: (query) => (isDelivering(query.state.data?.delivery) ? deliveryRefresh : false),
  });

  return (
    <section className="page page--wide">
      <p className="breadcrumb">
        <Link to="/personal">{t('staff.dialogues')}</Link> ·{' '}
        <Link to={`/personal/dialoger/${d.id}/synpunkter`}>{t('staffOpinions.link')}</Link> ·{' '}
        <Link to={`/personal/dialoger/${d.id}/resultat`}>{t('results.link')}</Link>
      </p>
      <h1>{t('decision.title', { title: d.title })}</h1>
      <p>
        <span className={`badge badge--${d.status}`}>{t(statusKey(d.status))}</span>
      </p>
      <p>{t('decision.intro')}</p>
      {staff.isPending && <Loading />}
      {staff.isError && <ErrorMessage problem={staff.error} onRetry={() => void staff.refetch()} />}
      {staff.isSuccess && (
        <>
          <Decision dialogue={d} decision={staff.data.decision ?? undefined} />
          <Feedback dialogue={d} staff={staff.data} />
        </>
      )}
    </section>
  );
}

const decisionLabels: Record<string, MessageKey> = {
  committee: 'decision.committee',
  decidedOn: 'decision.decidedOn',
  caseNumber: 'decision.caseNumber',
  text: 'decision.text',
  howResultWasUsed: 'decision.howUsed',
  decisionUrl: 'decision.url',
};

function Decision({ dialogue: d, decision }: { dialogue: DialogueDetails; decision?: DecisionDto }) {
  const { t, locale } = useI18n();
  const say = useSay();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<DecisionValues>(() => initialDecision(d));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  function showErrors(next: FieldErrors) {
    setErrors(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = validateDecision(values);
    if (Object.keys(local).length > 0) return showErrors(local);
    setSaving(true);
    try {
      const saved = await call(() => feedbackClient.recordDecision(d.id, decisionRequest(values)));
      setErrors({});
      setRecorded(true);
      queryClient.setQueryData<StaffFeedbackDto>(['staff-feedback', d.id], (old) => (old ? { ...old, decision: saved } : old));
      void queryClient.invalidateQueries({ queryKey: ['staff-feedback', d.id] });
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (error) {
      const problem = toApiProblem(error);
      const placed = formErrors(problem.errors, 'decision');
      showErrors(Object.keys(placed).length > 0 ? placed : { general: [problem.detail ?? problem.title] });
    } finally {
      setSaving(false);
    }
  }

  const set = (field: keyof DecisionValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const err = (field: string) => errors[field]?.map(say);
  const label = (field: string) => (decisionLabels[field] ? t(decisionLabels[field]) : field);

  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('decision.heading')}</h2>
      {decision ? (
        <>
          {recorded && (
            <p className="notice notice--success" role="status" tabIndex={-1} ref={doneRef}>
              {t('decision.recorded')}
            </p>
          )}
          <dl className="decision-facts" id="recorded-decision">
            <div>
              <dt>{t('decision.committee')}</dt>
              <dd>{decision.committee}</dd>
            </div>
            <div>
              <dt>{t('decision.decidedOn')}</dt>
              <dd>
                <time dateTime={decision.decidedOn}>{formatPlainDate(decision.decidedOn, locale)}</time>
              </dd>
            </div>
            {decision.caseNumber && (
              <div>
                <dt>{t('decision.caseNumber')}</dt>
                <dd>{decision.caseNumber}</dd>
              </div>
            )}
            <div>
              <dt>{t('decision.text')}</dt>
              <dd>{decision.text}</dd>
            </div>
            <div>
              <dt>{t('decision.howUsed')}</dt>
              <dd>{decision.howResultWasUsed}</dd>
            </div>
            {decision.decisionUrl && (
              <div>
                <dt>{t('decision.url')}</dt>
                <dd>
                  <a href={decision.decisionUrl}>{decision.decisionUrl}</a>
                </dd>
              </div>
            )}
          </dl>
          <p className="hint">{t('decision.recordedAt', { date: formatDateTime(decision.recordedAt, locale) })}</p>
        </>
      ) : d.status !== 'closed' ? (
        <p className="notice notice--warning">{t(d.status === 'cancelled' ? 'decision.cancelled' : 'decision.notClosed')}</p>
      ) : (
        <form className="stack" onSubmit={submit} noValidate aria-labelledby="decision-heading">
          <p>{t('decision.formIntro')}</p>
          <ErrorSummary title={t('staff.form.errorSummary')} items={summaryItems(errors, 'decision', label, say)} ref={summaryRef} headingLevel={3} />
          <TextField id="decision-committee" label={t('decision.committee')} value={values.committee} onChange={set('committee')} errors={err('committee')} required maxLength={200} />
          <TextField id="decision-decidedOn" type="date" label={t('decision.decidedOn')} value={values.decidedOn} onChange={set('decidedOn')} errors={err('decidedOn')} required />
          <TextField id="decision-caseNumber" label={t('decision.caseNumber')} value={values.caseNumber} onChange={set('caseNumber')} errors={err('caseNumber')} maxLength={50} />
          <TextField id="decision-text" label={t('decision.text')} value={values.text} onChange={set('text')} errors={err('text')} multiline required maxLength={4000} hint={t('decision.text.hint')} />
          <TextField
            id="decision-howResultWasUsed"
            label={t('decision.howUsed')}
            value={values.howResultWasUsed}
            onChange={set('howResultWasUsed')}
            errors={err('howResultWasUsed')}
            multiline
            required
            maxLength={4000}
            hint={t('decision.howUsed.hint')}
          />
          <TextField id="decision-decisionUrl" type="url" label={t('decision.url')} value={values.decisionUrl} onChange={set('decisionUrl')} errors={err('decisionUrl')} hint={t('decision.url.hint')} />
          <div>
            <button type="submit" className="button" disabled={saving}>
              {t('decision.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Feedback({ dialogue: d, staff }: { dialogue: DialogueDetails; staff: StaffFeedbackDto }) {
  const { t } = useI18n();
  const [published, setPublished] = useState<PublishFeedbackResponse>();
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback.heading')}</h2>
      {!staff.decision ? (
        <p>{t('feedback.decisionFirst')}</p>
      ) : staff.publishedAt ? (
        <Published dialogue={d} staff={staff} justPublished={published} />
      ) : (
        <FeedbackForm dialogue={d} onPublished={setPublished} />
      )}
    </section>
  );
}

function FeedbackForm({ dialogue: d, onPublished }: { dialogue: DialogueDetails; onPublished: (response: PublishFeedbackResponse) => void }) {
  const { t } = useI18n();
  const say = useSay();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [links, setLinks] = useState<LinkValues[]>([]);
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [publishing, setPublishing] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const reviewRef = useRef<HTMLButtonElement>(null);

  function showErrors(next: FieldErrors) {
    setErrors(next);
    setStep('edit');
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Rows left empty are dropped first, so the API's links[i] is the form's row i.
    const kept = filledLinks(links);
    setLinks(kept);
    const local = validateFeedback(text, kept);
    if (Object.keys(local).length > 0) return showErrors(local);
    setErrors({});
    setStep('confirm');
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function back() {
    setStep('edit');
    requestAnimationFrame(() => reviewRef.current?.focus());
  }

  async function publish() {
    setPublishing(true);
    try {
      const response = await call(() => feedbackClient.publishFeedback(d.id, { text: text.trim(), links: feedbackLinks(links) }));
      onPublished(response);
      queryClient.setQueryData<StaffFeedbackDto>(['staff-feedback', d.id], (old) =>
        old
          ? {
              ...old,
              feedbackId: response.feedbackId,
              text: text.trim(),
              pressSummary: response.pressSummary,
              publishedAt: new Date().toISOString(),
              delivery: { queued: response.emailsQueued, sent: 0, failed: 0 },
            }
          : old,
      );
      void queryClient.invalidateQueries({ queryKey: ['staff-feedback', d.id] });
      void queryClient.invalidateQueries({ queryKey: ['staff-dialogue', d.id] });
      void queryClient.invalidateQueries({ queryKey: ['staff-dialogues'] });
    } catch (error) {
      const problem = toApiProblem(error);
      const placed = formErrors(problem.errors, 'feedback');
      showErrors(Object.keys(placed).length > 0 ? placed : { general: [problem.detail ?? problem.title] });
    } finally {
      setPublishing(false);
    }
  }

  const label = (field: string) => {
    const link = /^links\[(\d+)\]\.(title|url)$/i.exec(field);
    if (link) return t(link[2] === 'title' ? 'feedback.link.title' : 'feedback.link.url', { n: Number(link[1]) + 1 });
    return field === 'text' ? t('feedback.text') : field;
  };
  const err = (field: string) => errors[field]?.map(say);
  const setLink = (index: number, field: keyof LinkValues) => (value: string) => setLinks((all) => all.map((l, i) => (i === index ? { ...l, [field]: value } : l)));

  if (step === 'confirm') {
    const kept = feedbackLinks(links);
    return (
      <div className="confirm" role="region" aria-labelledby="confirm-heading">
        <h3 id="confirm-heading" tabIndex={-1} ref={confirmRef}>
          {t('feedback.confirm.heading')}
        </h3>
        <p>{t('feedback.confirm.text')}</p>
        <p>
          <strong>{t('feedback.confirm.final')}</strong>
        </p>
        <h4>{t('feedback.text')}</h4>
        <p className="preserve-lines">{text.trim()}</p>
        {kept.length > 0 && (
          <>
            <h4>{t('feedback.links')}</h4>
            <ul>
              {kept.map((l) => (
                <li key={l.url + l.title}>
                  {l.title} ({l.url})
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="actions">
          <button type="button" className="button" onClick={() => void publish()} disabled={publishing}>
            {t('feedback.confirm.publish')}
          </button>
          <button type="button" className="button button--secondary" onClick={back} disabled={publishing}>
            {t('feedback.confirm.back')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={review} noValidate aria-labelledby="feedback-heading">
      <p>{t('feedback.intro')}</p>
      <ErrorSummary title={t('staff.form.errorSummary')} items={summaryItems(errors, 'feedback', label, say)} ref={summaryRef} headingLevel={3} />
      <TextField id="feedback-text" label={t('feedback.text')} value={text} onChange={setText} errors={err('text')} multiline required maxLength={10_000} hint={t('feedback.text.hint')} />
      <fieldset>
        <legend>{t('feedback.links')}</legend>
        {links.length === 0 && <p className="hint">{t('feedback.links.none')}</p>}
        {links.length > 0 && (
          <ul className="link-rows">
            {links.map((link, i) => (
              <li key={i}>
                <TextField id={`feedback-link-${i}-title`} label={t('feedback.link.title', { n: i + 1 })} value={link.title} onChange={setLink(i, 'title')} errors={err(`links[${i}].title`)} maxLength={200} />
                <TextField id={`feedback-link-${i}-url`} type="url" label={t('feedback.link.url', { n: i + 1 })} value={link.url} onChange={setLink(i, 'url')} errors={err(`links[${i}].url`)} />
                <div>
                  <button type="button" className="button button--secondary button--small" onClick={() => setLinks((all) => all.filter((_, j) => j !== i))}>
                    {t('feedback.link.remove', { n: i + 1 })}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <div>
          <button
            type="button"
            className="button button--secondary"
            disabled={links.length >= 20}
            onClick={() => {
              setLinks((all) => [...all, { ...emptyLink }]);
              requestAnimationFrame(() => document.getElementById(`feedback-link-${links.length}-title`)?.focus());
            }}
          >
            {t('feedback.link.add')}
          </button>
        </div>
      </fieldset>
      <div>
        <button type="submit" className="button" ref={reviewRef}>
          {t('feedback.review')}
        </button>
      </div>
    </form>
  );
}

function Published({ dialogue: d, staff, justPublished }: { dialogue: DialogueDetails; staff: StaffFeedbackDto; justPublished?: PublishFeedbackResponse }) {
  const { t, locale } = useI18n();
  const doneRef = useRef<HTMLDivElement>(null);
  const pressRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const path = `/dialoger/${d.slug}/aterkoppling`;
  const delivery = staff.delivery;
  const delivering = isDelivering(delivery);

  // Focus moves to the confirmation when the feedback has just been published (the form it came from is gone).
  useEffect(() => {
    if (justPublished) doneRef.current?.focus();
  }, [justPublished]);

  async function copy() {
    const text = staff.pressSummary ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      // Without clipboard access the text is selected, ready to copy with the keyboard.
      pressRef.current?.select();
      setCopied(document.execCommand?.('copy') ? 'yes' : 'no');
    }
  }

  return (
    <div className="published">
      <div className="notice notice--success" role="status" tabIndex={-1} ref={doneRef}>
        <p>{t('feedback.published', { date: staff.publishedAt ? formatDateTime(staff.publishedAt, locale) : '' })}</p>
        {justPublished && <p>{t('feedback.emailsQueued', { count: justPublished.emailsQueued })}</p>}
      </div>
      <p>
        <Link to={path}>{t('feedback.publicLink')}</Link>
        <br />
        <span className="receipt-link">{`${window.location.origin}${path}`}</span>
      </p>

      <h3 id="press-heading">{t('feedback.press')}</h3>
      <div className="field press-summary">
        <label htmlFor="press-summary">{t('feedback.press.label')}</label>
        <p className="hint" id="press-summary-hint">
          {t('feedback.press.hint')}
        </p>
        <textarea id="press-summary" ref={pressRef} readOnly rows={10} value={staff.pressSummary ?? ''} aria-describedby="press-summary-hint" />
      </div>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('feedback.press.copy')}
        </button>
      </div>
      <p role="status" className="status-line">
        {copied === 'yes' ? t('feedback.press.copied') : copied === 'no' ? t('feedback.press.copyFailed') : ''}
      </p>

      <h3 id="delivery-heading">{t('feedback.delivery')}</h3>
      <p>{t('feedback.delivery.intro')}</p>
      <dl className="stats" id="delivery">
        <div>
          <dt>{t('feedback.delivery.queued')}</dt>
          <dd>{delivery.queued}</dd>
        </div>
        <div>
          <dt>{t('feedback.delivery.sent')}</dt>
          <dd>{delivery.sent}</dd>
        </div>
        <div>
          <dt>{t('feedback.delivery.failed')}</dt>
          <dd>{delivery.failed}</dd>
        </div>
      </dl>
      <p role="status">{delivering ? t('feedback.delivery.ongoing') : t('feedback.delivery.done')}</p>
      {delivery.failed > 0 && <p>{t('feedback.delivery.retry')}</p>}

      {staff.text && (
        <>
          <h3>{t('feedback.text')}</h3>
          <p className="preserve-lines">{staff.text}</p>
        </>
      )}
    </div>
  );
}
