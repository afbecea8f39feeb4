import { Link, useParams } from 'react-router';
import type { FeedbackDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate, formatPlainDate } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { ListenButton } from '../../components/ListenButton';
import { useDialogue } from '../../lib/queries/dialogue';
import { useFeedback } from './api/feedback';

/** The public feedback after the decision (/dialoger/:slug/aterkoppling): what was decided, how the input was used. */
export function FeedbackPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  // The page's address names the dialogue by its slug; the feedback is read by the dialogue's id. The same query key
  // as the dialogue page's, so coming from there asks the API once.
  const dialogue = useDialogue(slug);
  const feedback = useFeedback(dialogue.data?.id);
  usePageTitle(feedback.data ? t('feedback.public.title', { title: feedback.data.dialogueTitle }) : t('feedback.public.heading'));

  if (dialogue.isError && dialogue.error.status !== 404) {
    return <ErrorMessage problem={dialogue.error} onRetry={() => void dialogue.refetch()} />;
  }
  if (!dialogue.isError && feedback.isPending) return <Loading />;
  if (dialogue.isError || feedback.isError) {
    return dialogue.isError || feedback.error?.status === 404 ? (
      <section className="page">
        <h1>{t('feedback.public.heading')}</h1>
        <p>{t('feedback.public.notYet')}</p>
        <p>
          <Link to={`/dialoger/${slug}`}>{t('feedback.public.toDialogue')}</Link>
        </p>
      </section>
    ) : (
      <ErrorMessage problem={feedback.error!} onRetry={() => void feedback.refetch()} />
    );
  }
  return feedback.data ? <FeedbackView feedback={feedback.data} /> : <Loading />;
}

function FeedbackView({ feedback: f }: { feedback: FeedbackDto }) {
  const { t, locale, language } = useI18n();
  const decision = f.decision;
  // The decision and the feedback are the municipality's Swedish texts: marked so on a page in another language.
  const sv = language === 'sv' ? undefined : 'sv';
  return (
    <article className="page dialogue">
      <p className="breadcrumb">
        <Link to={`/dialoger/${f.dialogueSlug}`}>{t('feedback.public.toDialogue')}</Link>
      </p>
      <h1>{t('feedback.public.title', { title: f.dialogueTitle })}</h1>
      <p>
        {t('feedback.public.publishedAt')}: <time dateTime={f.publishedAt}>{formatDate(f.publishedAt, locale)}</time>
      </p>
      <p className="lead">{t('feedback.public.thanks', { count: f.opinionCount })}</p>

      <section className="question" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('feedback.public.decision')}</h2>
        <p>
          {t('feedback.public.decidedBy', { committee: decision.committee })}{' '}
          <time dateTime={decision.decidedOn}>{formatPlainDate(decision.decidedOn, locale)}</time>
          {decision.caseNumber && <> ({t('feedback.public.caseNumber', { number: decision.caseNumber })})</>}.
        </p>
        <p className="preserve-lines" lang={sv}>
          {decision.text}
        </p>
        {decision.decisionUrl && (
          <p>
            <a href={decision.decisionUrl}>{t('feedback.public.readDecision')}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="used-heading">
        <h2 id="used-heading">{t('feedback.public.howUsed')}</h2>
        <p className="preserve-lines" lang={sv}>
          {decision.howResultWasUsed}
        </p>
      </section>

      <section aria-labelledby="feedback-text-heading">
        <h2 id="feedback-text-heading">{t('feedback.public.text')}</h2>
        <p className="preserve-lines" lang={sv}>
          {f.text}
        </p>
        <ListenButton text={f.text} lang="sv" />
      </section>

      {f.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">{t('feedback.public.links')}</h2>
          <ul>
            {f.links.map((link) => (
              <li key={link.url + link.title}>
                <a href={link.url}>{link.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
