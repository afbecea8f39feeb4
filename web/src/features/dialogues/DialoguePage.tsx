import { Link, useParams } from 'react-router';
import type { DialogueDetails, SessionDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formKey } from '../../i18n/messages';
import { formatDate, formatPlainDate, formatTimeRange } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { FormList, GroupList, StatusBadge } from './Labels';
import { useDialogue } from './queries';

/** One dialogue: what, when, where, how, for whom, and the decision it informs. */
export function DialoguePage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const dialogue = useDialogue(slug);
  usePageTitle(dialogue.data?.title ?? (dialogue.isError && dialogue.error.status === 404 ? t('dialogue.notFound.title') : undefined));

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
  return <DialogueView dialogue={dialogue.data} />;
}

function DialogueView({ dialogue: d }: { dialogue: DialogueDetails }) {
  const { t, locale } = useI18n();
  return (
    <article className="page dialogue">
      <p className="breadcrumb">
        <Link to="/">{t('dialogue.back')}</Link>
      </p>
      <h1>{d.title}</h1>
      <StatusBadge status={d.status} />
      {d.status === 'cancelled' && (
        <div className="notice notice--warning">
          <h2>{t('dialogue.cancelled')}</h2>
          <p>{d.cancellationReason}</p>
        </div>
      )}
      <p className="lead">{d.summary}</p>

      <section className="question" aria-labelledby="question-heading">
        <h2 id="question-heading">{t('dialogue.question')}</h2>
        <p className="question__text">{d.question}</p>
      </section>

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
        </section>
      </div>

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
              <Session key={session.id} session={session} />
            ))}
          </ul>
        </section>
      )}

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
      </section>
    </article>
  );
}

function Session({ session: s }: { session: SessionDto }) {
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
      <p>
        <a href={`/api/calendar/sessions/${s.id}.ics`} download>
          {t('dialogue.addToCalendar')}
          <span className="visually-hidden">: {s.title}</span>
        </a>
      </p>
    </li>
  );
}
