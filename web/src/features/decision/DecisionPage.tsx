import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DialogueDetails, PublishFeedbackResponse, StaffFeedbackDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/catalogue';
import { ErrorMessage, Loading } from '../../components/Status';
import { StaffDialogueGate } from '../../components/StaffDialogueGate';
import { useStaffFeedback } from '../../lib/queries/staffFeedback';
import { DecisionForm } from './DecisionForm';
import { FeedbackForm } from './FeedbackForm';
import { PublishedFeedback } from './PublishedFeedback';
import { isDelivering } from './decision';
import './decision.css';

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

function DecisionAndFeedback({ dialogue: d }: { dialogue: DialogueDetails }) {
  const { t } = useI18n();
  const staff = useStaffFeedback(d.id, { refetchInterval: (data) => (isDelivering(data?.delivery) ? deliveryRefresh : false) });

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
          <DecisionForm dialogue={d} decision={staff.data.decision ?? undefined} />
          <Feedback dialogue={d} staff={staff.data} />
        </>
      )}
    </section>
  );
}

/** The feedback: written and published once the decision is recorded, then shown with its delivery. */
function Feedback({ dialogue: d, staff }: { dialogue: DialogueDetails; staff: StaffFeedbackDto }) {
  const { t } = useI18n();
  const [published, setPublished] = useState<PublishFeedbackResponse>();
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback.heading')}</h2>
      {!staff.decision ? (
        <p>{t('feedback.decisionFirst')}</p>
      ) : staff.publishedAt ? (
        <PublishedFeedback dialogue={d} staff={staff} justPublished={published} />
      ) : (
        <FeedbackForm dialogue={d} onPublished={setPublished} />
      )}
    </section>
  );
}
