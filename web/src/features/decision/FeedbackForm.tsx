import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DialogueDetails, PublishFeedbackResponse } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { checkedErrors, hasErrors, parseFieldPath } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { TextField } from '../../components/Fields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { publishFeedbackMutation } from './api/publishFeedback';
import { emptyLink, feedbackFieldOf, feedbackLinks, fieldId, filledLinks, validateFeedback, type LinkValues } from './decision';

/** The feedback to write, reviewed in a confirmation that says who gets an e-mail, then published. */
export function FeedbackForm({ dialogue: d, onPublished }: { dialogue: DialogueDetails; onPublished: (response: PublishFeedbackResponse) => void }) {
  const { t, say } = useI18n();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [links, setLinks] = useState<LinkValues[]>([]);
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const reviewRef = useRef<HTMLButtonElement>(null);
  const label = (field: string) => {
    const [first, index, member] = parseFieldPath(field);
    if (first === 'links' && typeof index === 'number') return t(member === 'title' ? 'feedback.link.title' : 'feedback.link.url', { n: index + 1 });
    return field === 'text' ? t('feedback.text') : undefined;
  };
  const form = useApiForm({ mutation: publishFeedbackMutation(queryClient, d.id), fieldOf: feedbackFieldOf, label });

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Rows left empty are dropped first, so the API's links[i] is the form's row i.
    const kept = filledLinks(links);
    setLinks(kept);
    const checked = checkedErrors(validateFeedback(text, kept));
    if (hasErrors(checked)) return form.showErrors(checked);
    form.clearErrors();
    setStep('confirm');
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function back() {
    setStep('edit');
    requestAnimationFrame(() => reviewRef.current?.focus());
  }

  async function publish() {
    const done = await form.submit({ text: text.trim(), links: feedbackLinks(links) });
    if (done) onPublished(done.data);
    else setStep('edit');
  }

  const err = (field: string) => say(form.errorsOf(field));
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
          <button type="button" className="button" onClick={() => void publish()} disabled={form.pending}>
            {t('feedback.confirm.publish')}
          </button>
          <button type="button" className="button button--secondary" onClick={back} disabled={form.pending}>
            {t('feedback.confirm.back')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={review} noValidate aria-labelledby="feedback-heading">
      <p>{t('feedback.intro')}</p>
      <FormErrorSummary errors={form.errors} label={label} fieldId={(field) => fieldId('feedback', field)} ref={form.summaryRef} headingLevel={3} />
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
