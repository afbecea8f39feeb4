import { Link, useParams } from 'react-router';
import type { DialogueDetails } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/catalogue';
import { StaffDialogueGate } from '../../components/StaffDialogueGate';
import { OfflineOpinionForm } from './OfflineOpinionForm';
import { OpinionImport } from './OpinionImport';
import { ReachPanel } from './ReachPanel';
import { canModerate, runsDialogues, useCurrentUser } from '../../lib/session';
import { OpinionModerationSettings } from './OpinionModerationSettings';
import { hasOpened } from '../../lib/lifecycle';

/** A dialogue's opinions for staff (/personal/dialoger/:id/synpunkter): who took part, and opinions gathered offline. */
export function StaffOpinionsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <StaffDialogueGate id={id} title={(d) => (d ? t('staffOpinions.title', { title: d.title }) : t('staffOpinions.link'))}>
      {(dialogue) => <StaffOpinions dialogue={dialogue} />}
    </StaffDialogueGate>
  );
}

function StaffOpinions({ dialogue: d }: { dialogue: DialogueDetails }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const accepts = hasOpened(d.status);
  const editable = d.status === 'draft' || d.status === 'announced' || d.status === 'open';

  return (
    <section className="page page--wide">
      <p className="breadcrumb">
        <Link to="/personal">{t('staff.dialogues')}</Link>
      </p>
      <h1>{t('staffOpinions.title', { title: d.title })}</h1>
      <p>
        <span className={`badge badge--${d.status}`}>{t(statusKey(d.status))}</span>
      </p>
      <p>{t('staffOpinions.intro')}</p>
      {editable && (
        <p>
          <Link to={`/personal/dialoger/${d.id}`}>{t('staffOpinions.edit')}</Link>
        </p>
      )}
      {hasOpened(d.status) && (
        <ul className="actions link-list">
          <li>
            <Link to={`/personal/dialoger/${d.id}/resultat`}>{t('results.link')}</Link>
          </li>
          {d.status !== 'open' && (
            <li>
              <Link to={`/personal/dialoger/${d.id}/beslut`}>{t('decision.link')}</Link>
            </li>
          )}
        </ul>
      )}
      {runsDialogues(me.data) && d.status !== 'cancelled' && <OpinionModerationSettings dialogue={d} canModerate={canModerate(me.data)} />}
      <ReachPanel dialogueId={d.id} />
      {accepts ? (
        <>
          <OfflineOpinionForm dialogue={d} />
          <OpinionImport dialogue={d} />
        </>
      ) : (
        <p className="notice notice--warning">{t('staffOpinions.notAccepting')}</p>
      )}
    </section>
  );
}
