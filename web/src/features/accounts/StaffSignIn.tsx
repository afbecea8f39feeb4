import { useState, type FormEvent, type ReactNode } from 'react';
import type { CurrentUser } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { useCurrentUser } from '../../lib/session';
import { problemWords } from '../../lib/problems';
import { useSignIn } from './api/signIn';

/** The staff console's door (/personal): the sign-in form until someone is signed in, then what `children` shows them. */
export function StaffSignIn({ children }: { children: (me: CurrentUser) => ReactNode }) {
  const { t } = useI18n();
  usePageTitle(t('staff.title'));
  const me = useCurrentUser();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage problem={me.error} />;
  return me.data ? <>{children(me.data)}</> : <SignInForm />;
}

function SignInForm() {
  const { t } = useI18n();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signIn.mutate({ email, password });
  }

  return (
    <section className="page">
      <h1>{t('staff.signIn.title')}</h1>
      <p>{t('staff.signIn.intro')}</p>
      {signIn.isError && (
        <div className="notice notice--error" role="alert">
          <p>{t(problemWords(signIn.error).key)}</p>
        </div>
      )}
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="email">{t('staff.email')}</label>
          <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="password">{t('staff.password')}</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={signIn.isPending}>
          {t('staff.signIn')}
        </button>
      </form>
    </section>
  );
}
