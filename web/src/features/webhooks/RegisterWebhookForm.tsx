import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DialogueEventKind, WebhookSecretResponse } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { checkedErrors, type PathStep } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { FieldError, TextField } from '../../components/Fields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { registerWebhookEndpointMutation } from './api/registerWebhookEndpoint';
import { eventKinds, eventLabel } from './labels';

const labels: Record<string, MessageKey> = { url: 'webhooks.form.url', description: 'webhooks.form.description', events: 'webhooks.form.events' };
const ids: Record<string, string> = { url: 'webhook-url', description: 'webhook-description', events: 'webhook-events' };

/** A field error's path (`url`, `events[1]`) → the form's field. */
const fieldOf = (path: PathStep[]) => (typeof path[0] === 'string' && path[0] in labels ? path[0] : undefined);

/** Registers a receiver: its address, what it is, and the events it gets (checkboxes). The secret comes back once. */
export function RegisterWebhookForm({ onRegistered }: { onRegistered: (registered: WebhookSecretResponse) => void }) {
  const { t, say } = useI18n();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<DialogueEventKind[]>([]);
  const label = (field: string) => (field in labels ? t(labels[field]) : undefined);
  const form = useApiForm({ mutation: registerWebhookEndpointMutation(queryClient), fieldOf, label });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked: Record<string, MessageKey[]> = {};
    if (url.trim() === '') checked.url = ['field.required'];
    if (events.length === 0) checked.events = ['webhooks.form.eventsRequired'];
    const sent = await form.submit({ url: url.trim(), description: description.trim() || null, events }, checkedErrors(checked));
    if (sent) {
      setUrl('');
      setDescription('');
      setEvents([]);
      onRegistered(sent.data);
    }
  }

  const toggle = (kind: DialogueEventKind, on: boolean) =>
    setEvents((current) => (on ? eventKinds.filter((k) => k === kind || current.includes(k)) : current.filter((k) => k !== kind)));
  const eventErrors = say(form.errorsOf('events'));

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="webhook-register-heading">
      <FormErrorSummary errors={form.errors} label={label} fieldId={(field) => ids[field]} ref={form.summaryRef} headingLevel={3} />
      <TextField id="webhook-url" type="url" label={t('webhooks.form.url')} hint={t('webhooks.form.url.hint')} value={url} onChange={setUrl}
        errors={say(form.errorsOf('url'))} required maxLength={2000} />
      <TextField id="webhook-description" label={t('webhooks.form.description')} hint={t('webhooks.form.description.hint')} value={description}
        onChange={setDescription} errors={say(form.errorsOf('description'))} maxLength={500} />
      <fieldset id="webhook-events" tabIndex={-1} aria-describedby={eventErrors ? 'webhook-events-error' : undefined}>
        <legend>{t('webhooks.form.events')}</legend>
        <FieldError id="webhook-events" messages={eventErrors} />
        {eventKinds.map((kind) => (
          <div key={kind} className="check">
            <input id={`webhook-events-${kind}`} type="checkbox" checked={events.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
            <label htmlFor={`webhook-events-${kind}`}>{t(eventLabel[kind])}</label>
          </div>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={form.pending}>
          {t('webhooks.form.submit')}
        </button>
      </div>
    </form>
  );
}
