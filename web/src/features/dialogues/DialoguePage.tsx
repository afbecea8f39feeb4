import { lazy, Suspense, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { DialogueDetails, SessionDto } from '../../api/client';
import type { MessageKey, Words } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import type { LanguageCode } from '../../i18n/languages';
import { formKey } from '../../i18n/catalogue';
import { formatDate, formatNumber, formatPlainDate, formatTimeRange } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { PublicContact } from '../../components/PublicContact';
import { ListenButton } from '../../components/ListenButton';
import { FormList, GroupList, StatusBadge } from './Labels';
import { useDialogue } from '../../lib/queries/dialogue';
import { byPath, placeProblem } from '../../lib/problems';
import { useSignUpForSession } from './api/signUpForSession';
import { PublicOpinions } from './PublicOpinions';
import { dialogueText } from '../../lib/dialogueText';

/**
 * The public map of marks, with Leaflet, fetched only for a dialogue that has a map question and public opinions: no
 * other dialogue's page grows. (Its words are the dialogue page's and the shared map words.)
 */
const PublicMap = lazy(async () => ({ default: (await import('./PublicMap')).PublicMap }));

/**
 * One dialogue: what, when, where, how, for whom, and the decision it informs. `follow` is the "Följ dialogen" form
 * (the follows area's, put here by routes.tsx), offered while something can still happen in the dialogue.
 */
export function DialoguePage({ follow }: { follow?: (dialogue: DialogueDetails) => ReactNode } = {}) {
  const { slug = '' } = useParams();
  const { t, language } = useI18n();
  const dialogue = useDialogue(slug);
  usePageTitle(
    (dialogue.data && dialogueText(dialogue.data, language).title) ??
      (dialogue.isError && dialogue.error.status === 404 ? t('dialogue.notFound.title') : undefined),
  );

  if (dialogue.isPending) return <Loading />;
  if (dialogue.isError) {
    return dialogue.error.status === 404 ? (
      <section className="page">
        <h1>{t('dialogue.notFound.title')}</h1>
        <p>{t('dialogue.notFound.text')}</p>
        <p>
          <Link to="/">{t('dialogue.back')}</Link>
        </p>
      </section>
    ) : (
      <ErrorMessage problem={dialogue.error} onRetry={() => void dialogue.refetch()} />
    );
  }
  return <DialogueView dialogue={dialogue.data} follow={follow} />;
}

function DialogueView({ dialogue: d, follow }: { dialogue: DialogueDetails; follow?: (dialogue: DialogueDetails) => ReactNode }) {
  const followable = d.status !== 'draft' && d.status !== 'cancelled' && !d.feedbackPublishedAt;
  const { t, locale, language } = useI18n();
  const w = dialogueText(d, language);
  // The dialogue's own texts carry their language when it is not the page's (Swedish on an Arabic page).
  const lang = w.lang === language ? undefined : w.lang;
  const easyReadLang = d.translations.find((x) => x.language === language)?.easyReadText ? undefined : 'sv';
  return (
    <article className="page dialogue">
      <p className="breadcrumb">
        <Link to="/">{t('dialogue.back')}</Link>
      </p>
      <h1 lang={lang}>{w.title}</h1>
      {w.onlyInSwedish ? (
        <div className="notice" role="note">
          <p>
            <strong>{t('dialogue.onlyInSwedish.heading')}</strong> {t('dialogue.onlyInSwedish.text')}{' '}
            <a href="#decision-heading">{t('dialogue.onlyInSwedish.contact')}</a>
          </p>
        </div>
      ) : (
        w.lang !== 'sv' && <p className="hint">{t('dialogue.translatedNote')}</p>
      )}
      <StatusBadge status={d.status} />
      {d.isYouthDialogue && <span className="badge badge--youth">{t('dialogue.youth')}</span>}
      {d.status === 'cancelled' && (
        <div className="notice notice--warning">
          <h2>{t('dialogue.cancelled')}</h2>
          <p>{d.cancellationReason}</p>
        </div>
      )}
      <p className="lead" lang={lang}>
        {w.summary}
      </p>
      <ListenButton text={w.summary} lang={w.lang as LanguageCode} />
      {d.feedbackPublishedAt && (
        <div className="notice notice--success">
          <h2>{t('feedback.dialogue.heading')}</h2>
          <p>{t('feedback.dialogue.text', { date: formatDate(d.feedbackPublishedAt, locale) })}</p>
          <p>
            <Link to={`/dialoger/${d.slug}/aterkoppling`}>{t('feedback.dialogue.link')}</Link>
          </p>
        </div>
      )}

      {w.easyReadText && (
        <details className="easy-read">
          <summary>{t('dialogue.easyReadSummary')}</summary>
          <h2 className="visually-hidden">{t('dialogue.easyRead')}</h2>
          <p lang={easyReadLang === language ? undefined : easyReadLang}>{w.easyReadText}</p>
          <ListenButton text={w.easyReadText} lang={(easyReadLang ?? language) as LanguageCode} />
        </details>
      )}

      <section className="question" aria-labelledby="question-heading">
        <h2 id="question-heading">{t('dialogue.question')}</h2>
        <p className="question__text" lang={lang}>
          {w.question}
        </p>
        <ListenButton text={w.question} lang={w.lang as LanguageCode} />
        {d.status !== 'announced' && d.status !== 'draft' && <p>{t('dialogue.opinionCount', { count: d.opinionCount })}</p>}
        {d.status === 'open' && (
          <p>
            <Link className="button" to={`/dialoger/${d.slug}/tyck-till`}>
              {t('opinion.give')}
            </Link>
          </p>
        )}
      </section>
      {followable && follow?.(d)}

      <div className="grid">
        <section aria-labelledby="when-heading">
          <h2 id="when-heading">{t('dialogue.when')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('dialogue.opens')}</dt>
              <dd>
                <time dateTime={d.opensAt}>{formatDate(d.opensAt, locale)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('dialogue.closes')}</dt>
              <dd>
                <time dateTime={d.closesAt}>{formatDate(d.closesAt, locale)}</time>
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="how-heading">
          <h2 id="how-heading">{t('dialogue.how')}</h2>
          <FormList forms={d.forms} />
        </section>

        <section aria-labelledby="whom-heading">
          <h2 id="whom-heading">{t('dialogue.forWhom')}</h2>
          <GroupList groups={d.targetGroups} />
          {d.districts.length > 0 && (
            <p>
              <strong>{t('dialogue.districts')}:</strong> {d.districts.map((x) => x.name).join(', ')}
            </p>
          )}
        </section>
      </div>

      <dl className="facts">
        <div>
          <dt>{t('dialogue.level')}</dt>
          <dd>{t(`level.${d.participationLevel}` satisfies MessageKey)}</dd>
        </div>
        {d.topics.length > 0 && (
          <div>
            <dt>{t('dialogue.topics')}</dt>
            <dd>
              <ul className="tags">
                {d.topics.map((topic) => (
                  <li key={topic}>
                    <Link to={`/?amne=${encodeURIComponent(topic)}`}>{topic}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      {(d.factLinks.length > 0 || d.documents.length > 0) && (
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t('dialogue.facts')}</h2>
          <ul>
            {d.documents.map((doc) => (
              <li key={doc.id}>
                <a href={doc.url} download={doc.fileName}>
                  {doc.title} ({doc.contentType === 'application/pdf' ? 'PDF' : doc.contentType === 'image/png' ? 'PNG' : 'JPEG'},{' '}
                  {formatNumber(Math.max(1, Math.round(doc.sizeBytes / 1024)), locale)} kB)
                </a>
              </li>
            ))}
            {d.factLinks.map((link) => (
              <li key={link.url}>
                <a href={link.url}>{link.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {d.places.length > 0 && (
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{t('dialogue.where')}</h2>
          <ul className="places">
            {d.places.map((place) => (
              <li key={place.name} className="place">
                <h3>{place.name}</h3>
                {place.address && <p>{place.address}</p>}
                {place.url && (
                  <p>
                    <a href={place.url}>
                      {t('dialogue.link')}: {place.url}
                    </a>
                  </p>
                )}
                {place.accessibility && (
                  <p>
                    <strong>{t('dialogue.accessibility')}:</strong> {place.accessibility}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {d.sessions.length > 0 && (
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">{t('dialogue.sessions')}</h2>
          <ul className="places">
            {d.sessions.map((session) => (
              <Session key={session.id} session={session} slug={d.slug} canSignUp={d.status === 'announced' || d.status === 'open'} />
            ))}
          </ul>
        </section>
      )}

      {d.opinionVisibility === 'public' && d.status !== 'draft' && d.status !== 'announced' && d.questions.some((q) => q.kind === 'map') && (
        <Suspense fallback={null}>
          <PublicMap dialogue={d} />
        </Suspense>
      )}
      {d.opinionVisibility === 'public' && d.status !== 'draft' && d.status !== 'announced' && <PublicOpinions dialogueId={d.id} />}

      <section className="decision" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('dialogue.decision')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('dialogue.committee')}</dt>
            <dd>{d.committee}</dd>
          </div>
          {d.caseNumber && (
            <div>
              <dt>{t('dialogue.caseNumber')}</dt>
              <dd>{d.caseNumber}</dd>
            </div>
          )}
          {d.plannedDecisionDate && (
            <div>
              <dt>{t('dialogue.plannedDecision')}</dt>
              <dd>
                <time dateTime={d.plannedDecisionDate}>{formatPlainDate(d.plannedDecisionDate, locale)}</time>
              </dd>
            </div>
          )}
        </dl>
        <p>{t('dialogue.officialsDecide')}</p>
        {d.responsibleOfficials.length > 0 && (
          <>
            <h3>{t('dialogue.responsible')}</h3>
            <ul className="places">
              {d.responsibleOfficials.map((o) => (
                <li key={o.id} className="place">
                  <p>
                    <strong>{o.name}</strong> ({o.party})
                  </p>
                  <p>{o.role}</p>
                  <PublicContact email={o.publicEmail} phone={o.publicPhone} officeHours={o.officeHours} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}

function Session({ session: s, slug, canSignUp }: { session: SessionDto; slug: string; canSignUp: boolean }) {
  const { t, locale } = useI18n();
  const access = [
    s.accessibility.stepFreeAccess && t('dialogue.stepFree'),
    s.accessibility.hearingLoop && t('dialogue.hearingLoop'),
    s.accessibility.signLanguage && t('dialogue.signLanguage'),
    s.accessibility.interpretation && t('dialogue.interpretation', { languages: s.accessibility.interpretation }),
  ].filter(Boolean);
  return (
    <li className="place">
      <h3>{s.title}</h3>
      <p>
        <time dateTime={s.startsAt}>{formatTimeRange(s.startsAt, s.endsAt, locale)}</time> · {t(formKey(s.form))}
      </p>
      {(s.placeName || s.address) && <p>{[s.placeName, s.address].filter(Boolean).join(', ')}</p>}
      {s.onlineUrl && (
        <p>
          <a href={s.onlineUrl}>
            {t('dialogue.link')}: {s.onlineUrl}
          </a>
        </p>
      )}
      {(access.length > 0 || s.accessibility.notes) && (
        <p>
          <strong>{t('dialogue.accessibility')}:</strong> {[...access, s.accessibility.notes].filter(Boolean).join('. ')}
        </p>
      )}
      {s.capacity != null && (
        <p>
          {s.signUpRequired && <>{t('dialogue.signUpRequired')} · </>}
          {s.placesLeft === 0 ? t('dialogue.full') : t('dialogue.placesLeft', { count: s.placesLeft ?? 0 })}
        </p>
      )}
      {canSignUp && s.capacity != null && (s.placesLeft ?? 0) > 0 && <SignUp session={s} slug={slug} />}
      <p>
        <a href={`/api/calendar/sessions/${s.id}.ics`} download>
          {t('dialogue.addToCalendar')}
          <span className="visually-hidden">: {s.title}</span>
        </a>
      </p>
    </li>
  );
}

/** Sign up for a session: no account, no name, no address — only how many people come. */
function SignUp({ session, slug }: { session: SessionDto; slug: string }) {
  const { t, say, language } = useI18n();
  const [people, setPeople] = useState(1);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const signUp = useSignUpForSession(session.id, slug);
  const refused = signUp.error ? placeProblem(signUp.error, byPath((field) => field === 'email' || field === 'consentToEmail')) : undefined;
  // The API asks for consent with its generic code: this form says what to do about it.
  const consentNeeded: Words[] = refused?.fields.consentToEmail ? [{ key: 'dialogue.signUpConsentNeeded' }] : [];
  const id = `people-${session.id}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signUp.mutate({ people, name: name.trim() || null, email: email.trim() || null, consentToEmail: consent, language });
  }

  if (signUp.isSuccess) {
    return (
      <p className="notice notice--success" role="status">
        {t('dialogue.signUpDone', { people: signUp.data.people })}
        {signUp.data.confirmationEmailQueued && <> {t('dialogue.signUpConfirmation')}</>}
      </p>
    );
  }

  return (
    <form className="sign-up" onSubmit={submit} aria-label={`${t('dialogue.signUp')}: ${session.title}`}>
      <div className="field">
        <label htmlFor={id}>{t('dialogue.signUpPeople')}</label>
        <input
          id={id}
          type="number"
          min={1}
          max={Math.min(10, session.placesLeft ?? 10)}
          value={people}
          onChange={(e) => setPeople(Number(e.target.value))}
          aria-describedby={`${id}-note`}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('dialogue.signUpName')}</label>
        <input id={`${id}-name`} type="text" autoComplete="name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('dialogue.signUpEmail')}</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="email"
          maxLength={256}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={refused?.fields.email ? true : undefined}
        />
      </div>
      {email.trim() && (
        <div className="check">
          <input id={`${id}-consent`} type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          <label htmlFor={`${id}-consent`}>{t('dialogue.signUpConsent')}</label>
        </div>
      )}
      <button type="submit" className="button" disabled={signUp.isPending}>
        {t('dialogue.signUpButton')}
      </button>
      <p id={`${id}-note`} className="hint">
        {t('dialogue.signUpNoData')}
      </p>
      {signUp.isError && (
        <p className="notice notice--error" role="alert">
          {say([...(refused?.fields.email ?? []), ...consentNeeded, ...(refused?.general ?? [])])?.join(' ')}
        </p>
      )}
    </form>
  );
}
