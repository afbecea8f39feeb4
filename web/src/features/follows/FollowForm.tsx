import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FollowFrequency, RequestFollowRequest } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { FieldError } from '../../components/Fields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useDistricts } from '../../lib/queries/districts';
import { checkedErrors, type PathStep } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { requestFollowMutation } from './api/requestFollow';
import { isolated } from './FollowWhat';

/** What the form follows: one dialogue, or new dialogues (the form then asks for an optional district and topic). */
export type FollowTarget = { dialogueId: string } | { newDialogues: true };

export const frequencies: FollowFrequency[] = ['eachStep', 'weekly'];
export const frequencyKey = (f: FollowFrequency): MessageKey => `follow.frequency.${f}`;

const fields = ['email', 'consent', 'frequency', 'district', 'topic', 'language', 'dialogueId'] as const;
type Field = (typeof fields)[number];

/** The form's field for an error's path as the API writes it (`email`, `body.email`, `Body.Email`). */
export function followFieldOf(path: PathStep[]): Field | undefined {
  const last = [...path].reverse().find((step): step is string => typeof step === 'string');
  if (!last) return undefined;
  const name = last.charAt(0).toLowerCase() + last.slice(1);
  return (fields as readonly string[]).includes(name) ? (name as Field) : undefined;
}

/**
 * Follow by e-mail, no account: the address, how often, the consent (its words are the version the API stores,
 * follow-consent-2026-12), sent in the page's language. The answer is the same whether or not the address already
 * followed, so the page says only that a mail is on its way.
 */
export function FollowForm({ id, target }: { id: string; target: FollowTarget }) {
  const { t, say, language } = useI18n();
  const newDialogues = 'newDialogues' in target;
  const districts = useDistricts();
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [frequency, setFrequency] = useState<FollowFrequency>('eachStep');
  const [district, setDistrict] = useState('');
  const [topic, setTopic] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const done = useRef<HTMLDivElement>(null);
  const fieldId = (field: string) => `${id}-${field}`;
  const labels: Partial<Record<Field, string>> = {
    email: t('follow.email'),
    consent: t('follow.consent.label'),
    frequency: t('follow.frequency'),
    district: t('follow.district'),
    topic: t('follow.topic'),
  };
  const form = useApiForm({ mutation: requestFollowMutation(), fieldOf: (path) => followFieldOf(path) });

  useEffect(() => {
    if (sentTo) done.current?.focus();
  }, [sentTo]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    const checked: Record<string, MessageKey[]> = {};
    if (!address) checked.email = ['field.required'];
    else if (!/^[^\s@]+@[^\s@]+$/.test(address)) checked.email = ['field.invalidEmail'];
    if (!consent) checked.consent = ['follow.consent.needed'];
    const body: RequestFollowRequest = newDialogues
      ? { email: address, consent, newDialogues: true, district: district || null, topic: topic.trim() || null, frequency, language }
      : { email: address, consent, dialogueId: target.dialogueId, frequency, language };
    const sent = await form.submit(body, checkedErrors(checked));
    if (sent) setSentTo(address);
  }

  if (sentTo) {
    return (
      <div className="notice notice--success" role="status" tabIndex={-1} ref={done}>
        <p>{t('follow.sent', { email: isolated(sentTo) })}</p>
        <p>{t('follow.sent.more')}</p>
      </div>
    );
  }

  // The API's `required` on the consent is said as what it means for a checkbox.
  const errorsOf = (field: Field) => say(form.errorsOf(field)?.map((w) => (field === 'consent' ? { key: 'follow.consent.needed' as const } : w)));
  const shown = {
    ...form.errors,
    fields: Object.fromEntries(
      Object.entries(form.errors.fields).map(([field, list]) => [field, field === 'consent' ? list.map(() => ({ key: 'follow.consent.needed' as const })) : list]),
    ),
  };
  const hasAny = form.errors.general.length > 0 || Object.keys(form.errors.fields).length > 0;
  return (
    <form className="stack follow-form" onSubmit={submit} noValidate>
      {hasAny && (
        <FormErrorSummary errors={shown} label={(f) => labels[f as Field]} fieldId={(f) => (labels[f as Field] ? fieldId(f) : undefined)}
          ref={form.summaryRef} headingLevel={3} />
      )}
      <div className="field">
        <label htmlFor={fieldId('email')}>
          {t('follow.email')}
          <span aria-hidden="true"> *</span>
        </label>
        <input id={fieldId('email')} type="email" autoComplete="email" inputMode="email" maxLength={256} value={email} dir="ltr"
          onChange={(e) => setEmail(e.target.value)} aria-required="true" aria-invalid={errorsOf('email') ? true : undefined}
          aria-describedby={errorsOf('email') ? `${fieldId('email')}-error` : undefined} />
        <FieldError id={fieldId('email')} messages={errorsOf('email')} />
      </div>
      {newDialogues && (
        <>
          <div className="field">
            <label htmlFor={fieldId('district')}>{t('follow.district')}</label>
            <select id={fieldId('district')} value={district} onChange={(e) => setDistrict(e.target.value)}
              aria-invalid={errorsOf('district') ? true : undefined} aria-describedby={errorsOf('district') ? `${fieldId('district')}-error` : undefined}>
              <option value="">{t('follow.district.all')}</option>
              {(districts.data ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
            <FieldError id={fieldId('district')} messages={errorsOf('district')} />
          </div>
          <div className="field">
            <label htmlFor={fieldId('topic')}>{t('follow.topic')}</label>
            <p className="hint" id={`${fieldId('topic')}-hint`}>
              {t('follow.topic.hint')}
            </p>
            <input id={fieldId('topic')} type="text" maxLength={100} value={topic} onChange={(e) => setTopic(e.target.value)}
              aria-invalid={errorsOf('topic') ? true : undefined}
              aria-describedby={[`${fieldId('topic')}-hint`, errorsOf('topic') ? `${fieldId('topic')}-error` : ''].filter(Boolean).join(' ')} />
            <FieldError id={fieldId('topic')} messages={errorsOf('topic')} />
          </div>
        </>
      )}
      <fieldset id={fieldId('frequency')}>
        <legend>{t('follow.frequency')}</legend>
        {frequencies.map((f) => (
          <div className="check" key={f}>
            <input id={fieldId(`frequency-${f}`)} type="radio" name={fieldId('frequency')} value={f} checked={frequency === f} onChange={() => setFrequency(f)} />
            <label htmlFor={fieldId(`frequency-${f}`)}>{t(frequencyKey(f))}</label>
          </div>
        ))}
        <FieldError id={fieldId('frequency')} messages={errorsOf('frequency')} />
      </fieldset>
      <div className="check follow-consent">
        <input id={fieldId('consent')} type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} aria-required="true"
          aria-invalid={errorsOf('consent') ? true : undefined} aria-describedby={errorsOf('consent') ? `${fieldId('consent')}-error` : undefined} />
        <label htmlFor={fieldId('consent')}>{t('follow.consent.text')}</label>
      </div>
      <FieldError id={fieldId('consent')} messages={errorsOf('consent')} />
      <p>
        <button type="submit" className="button" disabled={form.pending}>
          {t('follow.send')}
        </button>
      </p>
    </form>
  );
}
