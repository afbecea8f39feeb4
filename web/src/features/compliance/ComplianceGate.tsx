import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { runsDialogues, useCurrentUser } from '../../lib/session';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';

/** A compliance page: asks to sign in when nobody is, says so when the signed-in person does not run dialogues, else shows it. */
export function ComplianceGate({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  usePageTitle(title);

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage problem={me.error} />;
  if (!me.data || !runsDialogues(me.data)) {
    return (
      <section className="page">
        <h1>{title}</h1>
        {me.data ? (
          <p>{t('compliance.notAllowed')}</p>
        ) : (
          <>
            <p>{t('compliance.signInFirst')}</p>
            <p>
              <Link to="/personal">{t('staff.signIn')}</Link>
            </p>
          </>
        )}
      </section>
    );
  }
  return <>{children}</>;
}
