import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { AnnounceDialogueRequest, DialogueDetails, DialogueForm, TargetGroup } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formKey, groupKey, type MessageKey } from '../../i18n/catalogue';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { FieldError, TextField } from '../../components/Fields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useCurrentUser } from '../../lib/session';
import { useStaffDialogue } from '../../lib/queries/staffDialogue';
import { byPath, checkedErrors } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { saveDialogueMutation } from './api/saveDialogue';
import { DialogueExtras } from './DialogueExtras';
import { validateDraft, type DraftValues } from './validation';

const allForms: DialogueForm[] = ['survey', 'openMeeting', 'workshop', 'focusGroup', 'dialogueWalk', 'digitalForum', 'popUp', 'youthDialogue'];
const allGroups: TargetGroup[] = [
  'allResidents',
  'youngPeople',
  'olderPeople',
  'peopleWithDisabilities',
  'peopleBornAbroad',
  'businessOwners',
  'familiesWithChildren',
  'districtResidents',
];

const empty: DraftValues & { targetGroups: TargetGroup[]; placeName: string; placeAddress: string; placeAccessibility: string; easyReadText: string } = {
  title: '',
  summary: '',
  question: '',
  committee: '',
  caseNumber: '',
  plannedDecisionDate: '',
  forms: [],
  opensAt: '',
  closesAt: '',
  targetGroups: [],
  placeName: '',
  placeAddress: '',
  placeAccessibility: '',
  easyReadText: '',
};

/** The label of each field the API or the browser can name in an error. */
const fieldLabels: Record<string, MessageKey> = {
  title: 'staff.field.title',
  summary: 'staff.field.summary',
  question: 'staff.field.question',
  committee: 'staff.field.committee',
  caseNumber: 'staff.field.caseNumber',
  plannedDecisionDate: 'staff.field.plannedDecisionDate',
  forms: 'staff.field.forms',
  opensAt: 'staff.field.opensAt',
  closesAt: 'staff.field.closesAt',
  'places[0].name': 'staff.field.placeName',
  'places[0].address': 'staff.field.placeAddress',
  'places[0].accessibility': 'staff.field.placeAccessibility',
  easyReadText: 'staff.field.easyReadText',
  'session.title': 'staff.session.title',
  'session.startsAt': 'staff.session.startsAt',
  'session.endsAt': 'staff.session.endsAt',
  'session.capacity': 'staff.session.capacity',
};

/** The ids of the inputs whose field names are not their ids: the first place's, the first session's. */
const fieldIds: Record<string, string> = {
  'places[0].name': 'places-name',
  'places[0].address': 'places-address',
  'places[0].accessibility': 'places-accessibility',
  'session.title': 'session-title',
  'session.startsAt': 'session-startsAt',
  'session.endsAt': 'session-endsAt',
  'session.capacity': 'session-capacity',
};

/** A field error's path in what the form sent (the dialogue; `session.…` for the first session) as the form's field. */
const draftFieldOf = byPath((field) => field in fieldLabels);

const emptySession = { title: '', startsAt: '', endsAt: '', capacity: '', stepFree: false, hearingLoop: false };

/** "2026-12-01T08:00:00Z" as the value of a datetime-local input, in the browser's time zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function fromDetails(d: DialogueDetails): typeof empty {
  const place = d.places[0];
  return {
    title: d.title,
    summary: d.summary,
    question: d.question,
    committee: d.committee,
    caseNumber: d.caseNumber ?? '',
    plannedDecisionDate: d.plannedDecisionDate ?? '',
    forms: d.forms,
    opensAt: toLocalInput(d.opensAt),
    closesAt: toLocalInput(d.closesAt),
    targetGroups: d.targetGroups,
    placeName: place?.name ?? '',
    placeAddress: place?.address ?? '',
    placeAccessibility: place?.accessibility ?? '',
    easyReadText: d.easyReadText ?? '',
  };
}

/**
 * An official writes a new dialogue (a draft, optionally with its first session) or edits one until it closes.
 * `editors` adds what other areas edit about a saved dialogue (the questionnaire), between the form and its extras.
 */
export function DialogueFormPage({ editors }: { editors?: (dialogue: DialogueDetails) => ReactNode }) {
  const { id } = useParams();
  const { t, say } = useI18n();
  usePageTitle(t(id ? 'staff.form.editTitle' : 'staff.form.title'));
  const me = useCurrentUser();
  const existing = useStaffDialogue(id ?? '', { enabled: Boolean(id) && Boolean(me.data) });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(empty);
  const [session, setSession] = useState(emptySession);
  const label = (field: string) => (field in fieldLabels ? t(fieldLabels[field]) : undefined);
  const form = useApiForm({ mutation: saveDialogueMutation(queryClient), fieldOf: draftFieldOf, label });
  const errors = form.errors.fields;

  // Fill the form once, from the first load: later refetches (after adding a session or a document on this
  // page) must not overwrite what the official has typed but not yet saved.
  const filled = useRef(false);
  useEffect(() => {
    if (existing.data && !filled.current) {
      filled.current = true;
      setValues(fromDetails(existing.data));
    }
  }, [existing.data]);

  if (me.isPending || (id && existing.isPending && me.data)) return <Loading />;
  if (!me.data) {
    return (
      <section className="page">
        <h1>{t('staff.form.title')}</h1>
        <p>
          <Link to="/personal">{t('staff.signIn')}</Link>
        </p>
      </section>
    );
  }

  const set = (field: keyof typeof empty) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const fieldErrors = (field: string) => say(form.errorsOf(field));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const original = existing.data;
    const firstPlace = values.placeName
      ? [{ name: values.placeName, address: values.placeAddress || null, url: null, accessibility: values.placeAccessibility || null }]
      : [];
    const dialogue: AnnounceDialogueRequest = {
      title: values.title,
      summary: values.summary,
      question: values.question,
      committee: values.committee,
      caseNumber: values.caseNumber || null,
      plannedDecisionDate: values.plannedDecisionDate || null,
      forms: values.forms,
      targetGroups: values.targetGroups,
      // The form edits the first place; any others, and what the form does not show, are kept as they were.
      places: [...firstPlace, ...(original?.places.slice(1) ?? [])],
      opensAt: values.opensAt && new Date(values.opensAt).toISOString(),
      closesAt: values.closesAt && new Date(values.closesAt).toISOString(),
      easyReadText: values.easyReadText || null,
      participationLevel: original?.participationLevel ?? 'consult',
      isYouthDialogue: values.forms.includes('youthDialogue'),
      topics: original?.topics ?? [],
      districts: original?.districts.map((x) => x.code) ?? [],
      factLinks: original?.factLinks ?? [],
      responsibleOfficialIds: original?.responsibleOfficials.map((o) => o.id) ?? [],
    };
    const firstSession =
      !id && session.title && session.startsAt && session.endsAt
        ? {
            form: values.forms[0],
            title: session.title,
            startsAt: new Date(session.startsAt).toISOString(),
            endsAt: new Date(session.endsAt).toISOString(),
            placeName: values.placeName || session.title,
            address: values.placeAddress || null,
            onlineUrl: null,
            accessibility: { stepFreeAccess: session.stepFree, hearingLoop: session.hearingLoop, interpretation: null, signLanguage: false, notes: null },
            capacity: session.capacity ? Number(session.capacity) : null,
            signUpRequired: Boolean(session.capacity),
          }
        : undefined;
    if (await form.submit({ id, dialogue, session: firstSession }, checkedErrors(validateDraft(values)))) {
      navigate('/personal', { state: { saved: values.title } });
    }
  }

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/personal">{t('staff.dialogues')}</Link>
      </p>
      <h1>{t(id ? 'staff.form.editTitle' : 'staff.form.title')}</h1>
      <p>{t('staff.form.intro')}</p>
      {existing.data && existing.data.status !== 'draft' && (
        <p>
          <Link to={`/personal/dialoger/${existing.data.id}/synpunkter`}>{t('staffOpinions.link')}</Link>
        </p>
      )}
      {existing.isError && <ErrorMessage problem={existing.error} />}

      <FormErrorSummary errors={form.errors} label={label} fieldId={(field) => fieldIds[field] ?? field} ref={form.summaryRef} />

      <form className="stack" onSubmit={submit} noValidate>
        <TextField id="title" label={t('staff.field.title')} value={values.title} onChange={set('title')} errors={fieldErrors('title')} required />
        <TextField id="summary" label={t('staff.field.summary')} value={values.summary} onChange={set('summary')} errors={fieldErrors('summary')} multiline required />
        <TextField id="question" label={t('staff.field.question')} value={values.question} onChange={set('question')} errors={fieldErrors('question')} required />
        <TextField id="committee" label={t('staff.field.committee')} value={values.committee} onChange={set('committee')} errors={fieldErrors('committee')} required />
        <TextField id="caseNumber" label={t('staff.field.caseNumber')} value={values.caseNumber} onChange={set('caseNumber')} errors={fieldErrors('caseNumber')} />
        <TextField id="opensAt" type="datetime-local" label={t('staff.field.opensAt')} value={values.opensAt} onChange={set('opensAt')} errors={fieldErrors('opensAt')} required />
        <TextField id="closesAt" type="datetime-local" label={t('staff.field.closesAt')} value={values.closesAt} onChange={set('closesAt')} errors={fieldErrors('closesAt')} required />
        <TextField
          id="plannedDecisionDate"
          type="date"
          label={t('staff.field.plannedDecisionDate')}
          value={values.plannedDecisionDate}
          onChange={set('plannedDecisionDate')}
          errors={fieldErrors('plannedDecisionDate')}
        />

        <fieldset id="forms" aria-describedby={errors.forms ? 'forms-error' : undefined}>
          <legend>{t('staff.field.forms')}</legend>
          <FieldError id="forms" messages={fieldErrors('forms')} />
          <div className="checks">
            {allForms.map((form) => (
              <Check key={form} id={`form-${form}`} checked={values.forms.includes(form)} onChange={() => setValues((v) => ({ ...v, forms: toggle(v.forms, form) }))}>
                {t(formKey(form))}
              </Check>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('staff.field.targetGroups')}</legend>
          <div className="checks">
            {allGroups.map((group) => (
              <Check
                key={group}
                id={`group-${group}`}
                checked={values.targetGroups.includes(group)}
                onChange={() => setValues((v) => ({ ...v, targetGroups: toggle(v.targetGroups, group) }))}
              >
                {t(groupKey(group))}
              </Check>
            ))}
          </div>
        </fieldset>

        <TextField id="places-name" label={t('staff.field.placeName')} value={values.placeName} onChange={set('placeName')} errors={fieldErrors('places[0].name')} />
        <TextField id="places-address" label={t('staff.field.placeAddress')} value={values.placeAddress} onChange={set('placeAddress')} errors={fieldErrors('places[0].address')} />
        <TextField
          id="places-accessibility"
          label={t('staff.field.placeAccessibility')}
          value={values.placeAccessibility}
          onChange={set('placeAccessibility')}
          errors={fieldErrors('places[0].accessibility')}
        />
        <TextField id="easyReadText" label={t('staff.field.easyReadText')} value={values.easyReadText} onChange={set('easyReadText')} errors={fieldErrors('easyReadText')} multiline />

        {!id && (
          <fieldset>
            <legend>{t('staff.session.legend')}</legend>
            <TextField id="session-title" label={t('staff.session.title')} value={session.title} onChange={(v) => setSession((s) => ({ ...s, title: v }))} errors={fieldErrors('session.title')} />
            <TextField id="session-startsAt" type="datetime-local" label={t('staff.session.startsAt')} value={session.startsAt} onChange={(v) => setSession((s) => ({ ...s, startsAt: v }))} errors={fieldErrors('session.startsAt')} />
            <TextField id="session-endsAt" type="datetime-local" label={t('staff.session.endsAt')} value={session.endsAt} onChange={(v) => setSession((s) => ({ ...s, endsAt: v }))} errors={fieldErrors('session.endsAt')} />
            <TextField id="session-capacity" type="number" label={t('staff.session.capacity')} value={session.capacity} onChange={(v) => setSession((s) => ({ ...s, capacity: v }))} errors={fieldErrors('session.capacity')} />
            <Check id="session-stepFree" checked={session.stepFree} onChange={() => setSession((s) => ({ ...s, stepFree: !s.stepFree }))}>
              {t('staff.session.stepFree')}
            </Check>
            <Check id="session-hearingLoop" checked={session.hearingLoop} onChange={() => setSession((s) => ({ ...s, hearingLoop: !s.hearingLoop }))}>
              {t('staff.session.hearingLoop')}
            </Check>
          </fieldset>
        )}

        <button type="submit" className="button" disabled={form.pending}>
          {t('staff.save')}
        </button>
      </form>
      {existing.data && editors?.(existing.data)}
      {existing.data && <DialogueExtras dialogue={existing.data} />}
    </section>
  );
}


function Check({ id, checked, onChange, children }: { id: string; checked: boolean; onChange: () => void; children: ReactNode }) {
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} onChange={onChange} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}
