import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { DialogueDetails } from '../api/client';
import { call, staffClient, type ApiProblem } from '../api/http';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorMessage, Loading } from './Status';
import { usePageTitle } from './usePageTitle';
import { useCurrentUser } from '../lib/session';

/** A dialogue as staff see it (shared with the opinions and edit pages: the same query). */
export function useStaffDialogue(id: string, enabled: boolean) {
  return useQuery<DialogueDetails, ApiProblem>({
    queryKey: ['staff-dialogue', id],
    queryFn: ({ signal }) => call(() => staffClient.getStaffDialogue(id, signal)),
    enabled,
  });
}

/**
 * A staff page about one dialogue: asks to sign in when nobody is, waits for the dialogue, then shows the page.
 * The page's title comes from `title` (with the dialogue once it is there).
 */
export function StaffDialogueGate({ id, title, children }: { id: string; title: (dialogue?: DialogueDetails) => string; children: (dialogue: DialogueDetails) => ReactNode }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const dialogue = useStaffDialogue(id, Boolean(me.data));
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
