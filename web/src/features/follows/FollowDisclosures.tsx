import { useI18n } from '../../i18n/I18nProvider';
import { FollowForm } from './FollowForm';
import './follows.css';

/** "Följ dialogen" on a dialogue's page: closed until asked for, so the page stays short on a phone. */
export function FollowDialogue({ dialogueId }: { dialogueId: string }) {
  const { t } = useI18n();
  return (
    <details className="follow-box">
      <summary>{t('follow.dialogue.summary')}</summary>
      <p>{t('follow.dialogue.intro')}</p>
      <FollowForm id="follow-dialogue" target={{ dialogueId }} />
    </details>
  );
}

/** "Få e-post om nya dialoger" on the start page, optionally only in one district or on one topic. */
export function FollowNewDialogues() {
  const { t } = useI18n();
  return (
    <details className="follow-box">
      <summary>{t('follow.new.summary')}</summary>
      <p>{t('follow.new.intro')}</p>
      <FollowForm id="follow-new" target={{ newDialogues: true }} />
    </details>
  );
}
