import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { PublicContact } from '../../components/PublicContact';
import { useOfficials } from './api/officials';

/** The elected officials, visible and accessible: who decides, their committees, how to meet them. */
export function OfficialsPage() {
  const { t } = useI18n();
  usePageTitle(t('officials.title'));
  const officials = useOfficials();

  return (
    <section className="page">
      <h1>{t('officials.title')}</h1>
      <p className="lead">{t('officials.intro')}</p>
      {officials.isPending && <Loading />}
      {officials.isError && <ErrorMessage problem={officials.error} onRetry={() => void officials.refetch()} />}
      {officials.isSuccess && officials.data.length === 0 && <p>{t('officials.empty')}</p>}
      {officials.isSuccess && officials.data.length > 0 && (
        <ul className="cards">
          {officials.data.map((o) => (
            <li key={o.id} className="card">
              <h2 className="card__title">{o.name}</h2>
              <p>
                {o.role}, {o.party}
              </p>
              {o.committees.length > 0 && <p>{o.committees.join(', ')}</p>}
              <PublicContact email={o.publicEmail} phone={o.publicPhone} officeHours={o.officeHours} />
              {o.dialogues.length > 0 && (
                <>
                  <h3>{t('officials.dialogues')}</h3>
                  <ul>
                    {o.dialogues.map((d) => (
                      <li key={d.slug}>
                        <Link to={`/dialoger/${d.slug}`}>{d.title}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
