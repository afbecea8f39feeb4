import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DialogueDetails } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorMessage, Loading } from './Status';
import { usePageTitle } from './usePageTitle';
import { useCurrentUser } from '../lib/session';
import { useStaffDialogue } from '../lib/queries/staffDialogue';

/**
 * A staff page about one dialogue: asks to sign in when nobody is, waits for the dialogue, then shows the page.
 * The page's title comes from `title` (with the dialogue once it is there).
 */
export function StaffDialogueGate({ id, title, children }: { id: string; title: (dialogue?: DialogueDetails) => string; children: (dialogue: DialogueDetails) => ReactNode }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const dialogue = useStaffDialogue(id, { enabled: Boolean(me.data) });
  usePageTitle(title(dialogue.data));

  if (me.isPending || (me.data && dialogue.isPending)) return <Loading />;
  if (me.isError) return <ErrorMessage problem={me.error} />;
  if (!me.data) {
    return (
      <section className="page">
        <h1>{title()}</h1>
        <p>
          <Link to="/personal">{t('staff.signIn')}</Link>
        </p>
      </section>
    );
  }
  if (dialogue.isError) return <ErrorMessage problem={dialogue.error} onRetry={() => void dialogue.refetch()} />;
  return <>{children(dialogue.data!)}</>;
}
