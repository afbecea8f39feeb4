import type { ReactNode } from 'react';
import { RoleGate } from '../../components/RoleGate';
import { useI18n } from '../../i18n/I18nProvider';
import { canModerate } from '../../lib/session';

/** A moderation page: asks to sign in when nobody is, says so when the signed-in person may not moderate, else shows it. */
export function ModerationGate({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <RoleGate title={title} allowed={canModerate} notAllowed={t('moderation.notAllowed')} signInFirst={t('moderation.signInFirst')}>
      {children}
    </RoleGate>
  );
}
