import { useI18n } from '../i18n/I18nProvider';

/** An elected official's public contact: work e-mail, work phone, office hours. Never anything private. */
export function PublicContact({ email, phone, officeHours }: { email?: string | null; phone?: string | null; officeHours?: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {email && (
        <p>
          <a href={`mailto:${email}`}>{email}</a>
        </p>
      )}
      {phone && <p>{phone}</p>}
      {officeHours && (
        <p>
          {t('dialogue.officeHours')}: {officeHours}
        </p>
      )}
    </>
  );
}
