import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DecisionDto, DialogueDetails } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { formatDateTime, formatPlainDate } from '../../lib/format';
import { checkedErrors } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { TextField } from '../../components/Fields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { recordDecisionMutation } from './api/recordDecision';
import { decisionFieldOf, decisionRequest, fieldId, initialDecision, validateDecision, type DecisionValues } from './decision';

const decisionLabels: Record<string, MessageKey> = {
  committee: 'decision.committee',
  decidedOn: 'decision.decidedOn',
  caseNumber: 'decision.caseNumber',
  text: 'decision.text',
  howResultWasUsed: 'decision.howUsed',
  decisionUrl: 'decision.url',
};

/** The decision: the form while the dialogue is closed and none is recorded, the recorded facts after that. */
export function DecisionForm({ dialogue: d, decision }: { dialogue: DialogueDetails; decision?: DecisionDto }) {
  const { t, say, locale } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<DecisionValues>(() => initialDecision(d));
  const [recorded, setRecorded] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const label = (field: string) => (field in decisionLabels ? t(decisionLabels[field]) : undefined);
  const form = useApiForm({ mutation: recordDecisionMutation(queryClient, d.id), fieldOf: decisionFieldOf, label });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await form.submit(decisionRequest(values), checkedErrors(validateDecision(values)))) {
      setRecorded(true);
      requestAnimationFrame(() => doneRef.current?.focus());
    }
  }

  const set = (field: keyof DecisionValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const err = (field: string) => say(form.errorsOf(field));

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
          <FormErrorSummary errors={form.errors} label={label} fieldId={(field) => fieldId('decision', field)} ref={form.summaryRef} headingLevel={3} />
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
            <button type="submit" className="button" disabled={form.pending}>
              {t('decision.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
