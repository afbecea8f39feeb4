import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { TableRegion } from '../../components/TableRegion';
import { formatDateTime } from '../../lib/format';
import { useLocalMail } from './api/localMail';
import { useLocalMailMessage } from './api/localMailMessage';

/** Administrators read the e-mail kept as files when no SMTP server is configured (/personal/e-post[/:id]). */
export function LocalMailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  usePageTitle(t('localMail.title'));
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/personal">{t('staff.dialogues')}</Link>
      </p>
      <h1>{t('localMail.title')}</h1>
      {id ? <Message id={id} /> : <MessageList />}
    </section>
  );
}

function MessageList() {
  const { t, locale } = useI18n();
  const list = useLocalMail();
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage problem={list.error} />;
  if (!list.data.enabled) return <p>{t('localMail.disabled')}</p>;
  if (list.data.messages.length === 0) return <p>{t('localMail.empty')}</p>;
  return (
    <>
      <p>{t('localMail.intro')}</p>
      <TableRegion labelledBy="local-mail-caption">
        <table className="data-table mail-table">
          <caption className="visually-hidden" id="local-mail-caption">
            {t('localMail.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('localMail.date')}</th>
              <th scope="col">{t('localMail.to')}</th>
              <th scope="col">{t('localMail.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.messages.map((m) => (
              <tr key={m.id}>
                <td>{formatDateTime(m.date, locale)}</td>
                <td>{m.to}</td>
                <td>
                  <Link to={`/personal/e-post/${m.id}`}>{m.subject}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}

function Message({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const message = useLocalMailMessage(id);
  if (message.isPending) return <Loading />;
  if (message.isError) return <ErrorMessage problem={message.error} />;
  const m = message.data;
  return (
    <>
      <p>
        <Link to="/personal/e-post">{t('localMail.back')}</Link>
      </p>
      <h2>{m.subject}</h2>
      <dl className="answers">
        <div>
          <dt>{t('localMail.to')}</dt>
          <dd>{m.to}</dd>
        </div>
        <div>
          <dt>{t('localMail.date')}</dt>
          <dd>{formatDateTime(m.date, locale)}</dd>
        </div>
      </dl>
      <pre className="mail-text">{m.text}</pre>
    </>
  );
}
