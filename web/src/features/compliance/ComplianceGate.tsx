import type { ReactNode } from 'react';
import { RoleGate } from '../../components/RoleGate';
import { useI18n } from '../../i18n/I18nProvider';
import { runsDialogues } from '../../lib/session';

/** A compliance page: asks to sign in when nobody is, says so when the signed-in person does not run dialogues, else shows it. */
export function ComplianceGate({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <RoleGate title={title} allowed={runsDialogues} notAllowed={t('compliance.notAllowed')} signInFirst={t('compliance.signInFirst')}>
      {children}
    </RoleGate>
  );
}
