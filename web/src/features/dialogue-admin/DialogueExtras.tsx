import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DialogueDetails, DialogueForm } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formKey } from '../../i18n/catalogue';
import { formatTimeRange } from '../../lib/format';
import { FieldError } from '../../components/Fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { byPath, checkedErrors } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { addSessionMutation } from './api/addSession';
import { uploadFactDocumentMutation } from './api/uploadFactDocument';
import { Translations } from './Translations';
import { DialogueMapEditor } from './DialogueMapEditor';

/** The session form's fields, named as in the request. */
const sessionFields = ['title', 'startsAt', 'endsAt', 'placeName', 'capacity'];

/** On the edit page: the dialogue's map (while a draft, or once set), its sessions (add one), its documents (upload one) and its texts in other languages. */
export function DialogueExtras({ dialogue }: { dialogue: DialogueDetails }) {
  return (
    <>
      {(dialogue.status === 'draft' || dialogue.map) && <DialogueMapEditor dialogue={dialogue} />}
      <Sessions dialogue={dialogue} />
      <Documents dialogue={dialogue} />
      {dialogue.status !== 'cancelled' && <Translations dialogue={dialogue} />}
    </>
  );
}

function Sessions({ dialogue }: { dialogue: DialogueDetails }) {
  const { t, say, locale } = useI18n();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<DialogueForm>(dialogue.forms[0] ?? 'openMeeting');
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [capacity, setCapacity] = useState('');
  const [done, setDone] = useState(false);
  const request = useApiForm({ mutation: addSessionMutation(queryClient, dialogue.id), fieldOf: byPath((field) => sessionFields.includes(field)) });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const added = await request.submit({
      form,
      title,
      startsAt: startsAt ? new Date(startsAt).toISOString() : '',
      endsAt: endsAt ? new Date(endsAt).toISOString() : '',
      placeName: place || null,
      address: null,
      onlineUrl: null,
      accessibility: null,
      capacity: capacity ? Number(capacity) : null,
      signUpRequired: Boolean(capacity),
    });
    if (added) {
      setTitle('');
      setDone(true);
    }
  }

  const err = (field: string) => say(request.errorsOf(field));
  return (
    <section aria-labelledby="sessions-heading" className="stack">
      <h2 id="sessions-heading">{t('staff.sessions.title')}</h2>
      {dialogue.sessions.length > 0 && (
        <ul>
          {dialogue.sessions.map((s) => (
            <li key={s.id}>
              {s.title} – {formatTimeRange(s.startsAt, s.endsAt, locale)}
            </li>
          ))}
        </ul>
      )}
      {done && (
        <p className="notice notice--success" role="status">
          {t('staff.sessions.added')}
        </p>
      )}
      <ErrorNotice words={request.errors.general} />
      <form className="stack" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="new-session-form">{t('staff.sessions.form')}</label>
          <select id="new-session-form" value={form} onChange={(e) => setForm(e.target.value as DialogueForm)}>
            {dialogue.forms.map((f) => (
              <option key={f} value={f}>
                {t(formKey(f))}
              </option>
            ))}
          </select>
        </div>
        <Input id="new-session-title" label={t('staff.session.title')} value={title} onChange={setTitle} errors={err('title')} />
        <Input id="new-session-startsAt" type="datetime-local" label={t('staff.session.startsAt')} value={startsAt} onChange={setStartsAt} errors={err('startsAt')} />
        <Input id="new-session-endsAt" type="datetime-local" label={t('staff.session.endsAt')} value={endsAt} onChange={setEndsAt} errors={err('endsAt')} />
        <Input id="new-session-place" label={t('staff.field.placeName')} value={place} onChange={setPlace} errors={err('placeName')} />
        <Input id="new-session-capacity" type="number" label={t('staff.session.capacity')} value={capacity} onChange={setCapacity} errors={err('capacity')} />
        <button type="submit" className="button">
          {t('staff.sessions.add')}
        </button>
      </form>
    </section>
  );
}

function Documents({ dialogue }: { dialogue: DialogueDetails }) {
  const { t, say } = useI18n();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState(false);
  const request = useApiForm({ mutation: uploadFactDocumentMutation(queryClient, dialogue.id), fieldOf: byPath((field) => field === 'title' || field === 'file') });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const checked = checkedErrors(file ? {} : { file: ['staff.documents.chooseFile'] });
    if (await request.submit({ title, file: file! }, checked)) {
      setTitle('');
      setDone(true);
    }
  }

  const fileErrors = say(request.errorsOf('file'));

  return (
    <section aria-labelledby="documents-heading" className="stack">
      <h2 id="documents-heading">{t('staff.documents.title')}</h2>
      {dialogue.documents.length > 0 && (
        <ul>
          {dialogue.documents.map((d) => (
            <li key={d.id}>
              <a href={d.url}>{d.title}</a>
            </li>
          ))}
        </ul>
      )}
      {done && (
        <p className="notice notice--success" role="status">
          {t('staff.documents.uploaded')}
        </p>
      )}
      <ErrorNotice words={request.errors.general} />
      <form className="stack" onSubmit={submit} noValidate>
        <Input id="document-title" label={t('staff.documents.name')} value={title} onChange={setTitle} errors={say(request.errorsOf('title'))} />
        <div className="field">
          <label htmlFor="document-file">{t('staff.documents.file')}</label>
          <input
            id="document-file"
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={fileErrors ? 'document-file-error' : undefined}
          />
          <FieldError id="document-file" messages={fileErrors} />
        </div>
        <button type="submit" className="button">
          {t('staff.documents.upload')}
        </button>
      </form>
    </section>
  );
}

function Input(props: { id: string; label: string; value: string; onChange: (v: string) => void; errors?: string[]; type?: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={props.errors?.length ? `${props.id}-error` : undefined}
      />
      <FieldError id={props.id} messages={props.errors} />
    </div>
  );
}
