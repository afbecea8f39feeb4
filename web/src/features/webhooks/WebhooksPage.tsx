import { useRef, useState, type Ref } from 'react';
import { Link } from 'react-router';
import type { CurrentUser, WebhookEndpointDto, WebhookSecretResponse } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime, formatNumber } from '../../lib/format';
import { problemWords } from '../../lib/problems';
import { RoleGate } from '../../components/RoleGate';
import { ErrorMessage, Loading } from '../../components/Status';
import { TableRegion } from '../../components/TableRegion';
import { Pager } from '../../components/Pager';
import type { ApiProblem } from '../../api/http';
import { useWebhookEndpoints } from './api/webhookEndpoints';
import { deliveriesPageSize, useWebhookDeliveries } from './api/webhookDeliveries';
import { useSetWebhookActive } from './api/changeWebhookEndpoint';
import { useRotateWebhookSecret } from './api/rotateWebhookSecret';
import { useDeleteWebhookEndpoint } from './api/deleteWebhookEndpoint';
import { RegisterWebhookForm } from './RegisterWebhookForm';
import { errorLabel, eventLabel } from './labels';
import './webhooks.css';

const isAdministrator = (me: CurrentUser) => me.roles.includes('Administrator');

/** Administrators register integrators' webhook receivers, see each new secret once, pause, rotate, delete, and read
 * the delivery log (/personal/webhooks). */
export function WebhooksPage() {
  const { t } = useI18n();
  return (
    <RoleGate title={t('webhooks.title')} allowed={isAdministrator} notAllowed={t('webhooks.notAllowed')} signInFirst={t('webhooks.signInFirst')}>
      <Webhooks />
    </RoleGate>
  );
}

function Webhooks() {
  const { t } = useI18n();
  const [secret, setSecret] = useState<WebhookSecretResponse | null>(null);
  const [status, setStatus] = useState('');
  const secretRef = useRef<HTMLDivElement>(null);
  const showSecret = (shown: WebhookSecretResponse) => {
    setSecret(shown);
    requestAnimationFrame(() => secretRef.current?.focus());
  };
  return (
    <section className="page webhooks">
      <p className="breadcrumb">
        <Link to="/personal">{t('staff.dialogues')}</Link>
      </p>
      <h1>{t('webhooks.title')}</h1>
      <p>{t('webhooks.intro')}</p>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {secret && <SecretNotice shown={secret} ref={secretRef} onDone={() => setSecret(null)} />}
      <section aria-labelledby="webhook-register-heading">
        <h2 id="webhook-register-heading">{t('webhooks.register.heading')}</h2>
        <RegisterWebhookForm onRegistered={showSecret} />
      </section>
      <EndpointList onSecret={showSecret} onStatus={setStatus} />
    </section>
  );
}

function SecretNotice({ shown, ref, onDone }: { shown: WebhookSecretResponse; ref: Ref<HTMLDivElement>; onDone: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(shown.secret);
    setCopied(true);
  }
  return (
    <div className="notice notice--success webhook-secret" tabIndex={-1} ref={ref} aria-labelledby="webhook-secret-heading">
      <h2 id="webhook-secret-heading">{t('webhooks.secret.heading', { url: shown.endpoint.url })}</h2>
      <p>{t('webhooks.secret.once')}</p>
      <p>
        <span className="visually-hidden">{t('webhooks.secret.label')}: </span>
        <code className="webhook-secret__value" translate="no">
          {shown.secret}
        </code>
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('webhooks.secret.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('webhooks.secret.done')}
        </button>
      </div>
      <p role="status">{copied ? t('webhooks.secret.copied') : ''}</p>
    </div>
  );
}

function EndpointList({ onSecret, onStatus }: { onSecret: (shown: WebhookSecretResponse) => void; onStatus: (text: string) => void }) {
  const { t } = useI18n();
  const list = useWebhookEndpoints();
  return (
    <section aria-labelledby="webhook-list-heading">
      <h2 id="webhook-list-heading">{t('webhooks.list.heading')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage problem={list.error} />
      ) : list.data.length === 0 ? (
        <p>{t('webhooks.list.empty')}</p>
      ) : (
        <ul className="webhook-list">
          {list.data.map((endpoint) => (
            <li key={endpoint.id}>
              <Endpoint endpoint={endpoint} onSecret={onSecret} onStatus={onStatus} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Asking = 'delete' | 'rotate' | null;

function Endpoint({ endpoint: e, onSecret, onStatus }: { endpoint: WebhookEndpointDto; onSecret: (shown: WebhookSecretResponse) => void; onStatus: (text: string) => void }) {
  const { t, locale } = useI18n();
  const [asking, setAsking] = useState<Asking>(null);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const setActive = useSetWebhookActive();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhookEndpoint();
  const headingId = `webhook-${e.id}`;
  const busy = setActive.isPending || rotate.isPending || remove.isPending;
  const failed = (error: ApiProblem) => setProblem(error);

  return (
    <article className="webhook" aria-labelledby={headingId}>
      <h3 id={headingId} className="webhook__url" translate="no">
        {e.url}
      </h3>
      {e.description && <p>{e.description}</p>}
      <dl className="webhook__facts">
        <div>
          <dt>{t('webhooks.list.status')}</dt>
          <dd>{e.active ? t('webhooks.list.active') : t('webhooks.list.paused')}</dd>
        </div>
        <div>
          <dt>{t('webhooks.list.events')}</dt>
          <dd>{e.events.map((kind) => t(eventLabel[kind])).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('webhooks.list.created')}</dt>
          <dd>{formatDateTime(e.createdAt, locale)}</dd>
        </div>
      </dl>
      {problem && (
        <p className="notice notice--error" role="alert">
          {t(problemWords(problem).key)}
        </p>
      )}
      {asking ? (
        <div className="notice notice--warning" role="group" aria-label={t(asking === 'delete' ? 'webhooks.action.delete' : 'webhooks.action.rotate')}>
          <p>{t(asking === 'delete' ? 'webhooks.delete.confirm' : 'webhooks.rotate.confirm', { url: e.url })}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                asking === 'delete'
                  ? remove.mutate(e.id, { onSuccess: () => onStatus(t('webhooks.deleted')), onError: failed })
                  : rotate.mutate(e.id, { onSuccess: (shown) => { setAsking(null); onSecret(shown); }, onError: failed })
              }
            >
              {t(asking === 'delete' ? 'webhooks.delete.yes' : 'webhooks.rotate.yes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(null)}>
              {t('webhooks.delete.no')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() =>
              setActive.mutate(
                { endpoint: e, active: !e.active },
                { onSuccess: (changed) => onStatus(t(changed.active ? 'webhooks.activated' : 'webhooks.paused')), onError: failed },
              )
            }
          >
            {t(e.active ? 'webhooks.action.pause' : 'webhooks.action.activate')}
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => setAsking('rotate')}>
            {t('webhooks.action.rotate')}
          </button>
          <button type="button" className="button button--secondary" aria-expanded={showDeliveries} onClick={() => setShowDeliveries((s) => !s)}>
            {t(showDeliveries ? 'webhooks.action.hideDeliveries' : 'webhooks.action.deliveries')}
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => setAsking('delete')}>
            {t('webhooks.action.delete')}
          </button>
        </div>
      )}
      {showDeliveries && <DeliveryLog endpoint={e} />}
    </article>
  );
}

function DeliveryLog({ endpoint }: { endpoint: WebhookEndpointDto }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const log = useWebhookDeliveries(endpoint.id, page);
  const captionId = `webhook-log-${endpoint.id}`;
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorMessage problem={log.error} />;
  if (log.data.items.length === 0) return <p>{t('webhooks.deliveries.empty')}</p>;
  const when = (date?: string | null) => (date ? formatDateTime(date, locale) : '–');
  return (
    <>
      <TableRegion labelledBy={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('webhooks.deliveries.heading', { url: endpoint.url })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('webhooks.deliveries.event')}</th>
              <th scope="col">{t('webhooks.deliveries.dialogue')}</th>
              <th scope="col">{t('webhooks.deliveries.attempts')}</th>
              <th scope="col">{t('webhooks.deliveries.status')}</th>
              <th scope="col">{t('webhooks.deliveries.error')}</th>
              <th scope="col">{t('webhooks.deliveries.next')}</th>
              <th scope="col">{t('webhooks.deliveries.delivered')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data.items.map((d) => {
              const error = d.lastError ? errorLabel(d.lastError) : undefined;
              return (
                <tr key={d.id}>
                  <td>{t(eventLabel[d.event])}</td>
                  <td>{d.dialogueTitle}</td>
                  <td>{formatNumber(d.attempts, locale)}</td>
                  <td>{d.lastStatusCode ?? '–'}</td>
                  <td>{d.lastError ? (error ? t(error) : d.lastError) : '–'}</td>
                  <td>{when(d.nextAttemptAt)}</td>
                  <td>{d.failedAt ? t('webhooks.deliveries.failed', { date: when(d.failedAt) }) : when(d.deliveredAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      <Pager page={page} pageSize={deliveriesPageSize} total={log.data.total} onPage={setPage} label={t('webhooks.deliveries.pages')} />
    </>
  );
}
