import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import type { CurrentUser } from '../api/client';
import { useCurrentUser } from '../lib/session';
import { ErrorMessage, Loading } from './Status';
import { usePageTitle } from './usePageTitle';

/** A staff page for some roles: asks to sign in when nobody is, says so when the signed-in person lacks the role,
 * else shows the page. */
export function RoleGate({ title, allowed, notAllowed, signInFirst, children }: {
  title: string;
  allowed: (me: CurrentUser) => boolean;
  notAllowed: string;
  signInFirst: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const me = useCurrentUser();
  usePageTitle(title);

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage problem={me.error} />;
  if (!me.data || !allowed(me.data)) {
    return (
      <section className="page">
        <h1>{title}</h1>
        {me.data ? (
          <p>{notAllowed}</p>
        ) : (
          <>
            <p>{signInFirst}</p>
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
