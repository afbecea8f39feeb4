import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { FollowDto, FollowerDto, FollowFrequency } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { Words } from '../../i18n/catalogue';
import { languageList } from '../../i18n/languages';
import { ErrorMessage, Loading } from '../../components/Status';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError } from '../../components/Fields';
import { usePageTitle } from '../../components/usePageTitle';
import { useDistricts } from '../../lib/queries/districts';
import { problemWords } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { addFollowMutation } from './api/addFollow';
import { changeFollowerMutation } from './api/changeFollower';
import { useFollower } from './api/follower';
import { useRemoveFollow } from './api/removeFollow';
import { useUnfollow } from './api/unfollow';
import { followFieldOf, frequencies, frequencyKey } from './FollowForm';
import { followWords, FollowWhat, isolated } from './FollowWhat';
import './follows.css';

/** A status line that takes focus when it appears, so a screen reader reads it at once. */
function Said({ words, tone = 'success' }: { words: Words | undefined; tone?: 'success' | 'error' }) {
  const { t } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (words) ref.current?.focus();
  }, [words]);
  if (!words) return null;
  return (
    <p className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} tabIndex={-1} ref={ref}>
      {t(words.key, words.params)}
    </p>
  );
}

/**
 * The follower's own page (/folj/:token, the link in every mail): the address, what is followed, remove one, how often
 * and in which language, follow new dialogues, and stop following everything (the address is then deleted).
 */
export function ManageFollowsPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('follow.manage.title'));
  const follower = useFollower(token);
  const [deleted, setDeleted] = useState(false);
  const gone = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (deleted) gone.current?.focus();
  }, [deleted]);

  if (deleted) {
    return (
      <section className="page">
        <h1>{t('follow.manage.title')}</h1>
        <div className="notice notice--success" role="status" tabIndex={-1} ref={gone}>
          <h2>{t('follow.deleted.title')}</h2>
          <p>{t('follow.deleted.text')}</p>
        </div>
        <p>
          <Link to="/">{t('follow.deleted.back')}</Link>
        </p>
      </section>
    );
  }
  if (follower.isPending) return <Loading />;
  if (follower.isError) {
    return follower.error.status === 404 ? (
      <section className="page">
        <h1>{t('follow.invalid.title')}</h1>
        <p>{t('follow.invalid.text')}</p>
        <p>
          <Link to="/">{t('follow.confirm.invalid.again')}</Link>
        </p>
      </section>
    ) : (
      <ErrorMessage problem={follower.error} onRetry={() => void follower.refetch()} />
    );
  }
  return <Manage token={token} follower={follower.data} onDeleted={() => setDeleted(true)} />;
}

function Manage({ token, follower: f, onDeleted }: { token: string; follower: FollowerDto; onDeleted: () => void }) {
  const { t } = useI18n();
  const remove = useRemoveFollow(token);
  const [removed, setRemoved] = useState<Words>();

  async function stop(follow: FollowDto) {
    try {
      // With nothing left, the API deletes the address too.
      const last = f.follows.length === 1;
      await remove.mutateAsync({ followId: follow.id, last });
      if (last) onDeleted();
      else setRemoved({ key: 'follow.removed', params: { what: t(followWords(follow).key, followWords(follow).params) } });
    } catch {
      setRemoved(undefined);
    }
  }

  const refused = remove.error ? problemWords(remove.error) : undefined;
  return (
    <section className="page">
      <h1>{t('follow.manage.title')}</h1>
      <p className="follow-email">{t('follow.manage.email', { email: isolated(f.email) })}</p>

      <h2 id="follows-heading">{t('follow.manage.list')}</h2>
      <Said words={removed} />
      <Said words={refused} tone="error" />
      <ul className="follows" aria-labelledby="follows-heading">
        {f.follows.map((follow) => (
          <li key={follow.id}>
            <FollowWhat follow={follow} headingId={`follow-${follow.id}`} />
            {!follow.confirmed && <p className="follow-pending">{t('follow.pending')}</p>}
            <div className="actions">
              <button type="button" className="button button--secondary" disabled={remove.isPending} onClick={() => void stop(follow)}
                aria-describedby={`follow-${follow.id}`}>
                {t('follow.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>

      <Settings token={token} follower={f} />
      <AddNewDialogues token={token} />
      <UnfollowAll token={token} onDeleted={onDeleted} />
    </section>
  );
}

/** How often and in which language. */
function Settings({ token, follower: f }: { token: string; follower: FollowerDto }) {
  const { t, say } = useI18n();
  const [frequency, setFrequency] = useState<FollowFrequency>(f.frequency);
  const [language, setLanguage] = useState(f.language);
  const [saved, setSaved] = useState<Words>();
  const form = useApiForm({ mutation: changeFollowerMutation(useQueryClient(), token) });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    if (await form.submit({ frequency, language })) setSaved({ key: 'follow.settings.saved' });
  }

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('follow.settings')}</h2>
      {form.errors.general.length > 0 || Object.keys(form.errors.fields).length > 0 ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={form.summaryRef}>
          <p>{say([...form.errors.general, ...Object.values(form.errors.fields).flat()])?.join(' ')}</p>
        </div>
      ) : null}
      <Said words={saved} />
      <form className="stack" onSubmit={submit}>
        <fieldset>
          <legend>{t('follow.frequency')}</legend>
          {frequencies.map((x) => (
            <div className="check" key={x}>
              <input id={`settings-frequency-${x}`} type="radio" name="settings-frequency" value={x} checked={frequency === x} onChange={() => setFrequency(x)} />
              <label htmlFor={`settings-frequency-${x}`}>{t(frequencyKey(x))}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="settings-language">{t('follow.language')}</label>
          <select id="settings-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {languageList.map((l) => (
              <option key={l.code} value={l.code} lang={l.code === 'prs' ? 'fa-AF' : l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit" className="button" disabled={form.pending}>
            {t('follow.settings.save')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** Follow new dialogues from here (confirmed at once: the link came to the mailbox). */
function AddNewDialogues({ token }: { token: string }) {
  const { t, say } = useI18n();
  const districts = useDistricts();
  const [district, setDistrict] = useState('');
  const [topic, setTopic] = useState('');
  const [added, setAdded] = useState<Words>();
  const form = useApiForm({ mutation: addFollowMutation(useQueryClient(), token), fieldOf: (path) => followFieldOf(path) });
  const districtErrors = say(form.errorsOf('district'));
  const topicErrors = say(form.errorsOf('topic'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(undefined);
    const sent = await form.submit({ newDialogues: true, district: district || null, topic: topic.trim() || null });
    if (sent) {
      const words = followWords(sent.data);
      setAdded({ key: 'follow.added', params: { what: t(words.key, words.params) } });
    }
  }

  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">{t('follow.new.summary')}</h2>
      <p>{t('follow.new.intro')}</p>
      <div tabIndex={-1} ref={form.summaryRef}>
        <ErrorNotice words={form.errors.general} />
      </div>
      <Said words={added} />
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="add-district">{t('follow.district')}</label>
          <select id="add-district" value={district} onChange={(e) => setDistrict(e.target.value)}
            aria-invalid={districtErrors ? true : undefined} aria-describedby={districtErrors ? 'add-district-error' : undefined}>
            <option value="">{t('follow.district.all')}</option>
            {(districts.data ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
          <FieldError id="add-district" messages={districtErrors} />
        </div>
        <div className="field">
          <label htmlFor="add-topic">{t('follow.topic')}</label>
          <p className="hint" id="add-topic-hint">
            {t('follow.topic.hint')}
          </p>
          <input id="add-topic" type="text" maxLength={100} value={topic} onChange={(e) => setTopic(e.target.value)}
            aria-invalid={topicErrors ? true : undefined} aria-describedby={topicErrors ? 'add-topic-hint add-topic-error' : 'add-topic-hint'} />
          <FieldError id="add-topic" messages={topicErrors} />
        </div>
        <p>
          <button type="submit" className="button" disabled={form.pending}>
            {t('follow.new.add')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** Stop following everything and delete the address: asked once more before it is done. */
function UnfollowAll({ token, onDeleted }: { token: string; onDeleted: () => void }) {
  const { t } = useI18n();
  const unfollow = useUnfollow(token);
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  return (
    <section aria-labelledby="unfollow-heading">
      <h2 id="unfollow-heading">{t('follow.unfollow.heading')}</h2>
      <p>{t('follow.unfollow.intro')}</p>
      {asking ? (
        <div className="notice notice--warning" role="alertdialog" aria-labelledby="unfollow-question" tabIndex={-1} ref={question}>
          <p id="unfollow-question">
            <strong>{t('follow.unfollow.sure')}</strong>
          </p>
          {unfollow.isError && <ErrorMessage problem={unfollow.error} />}
          <div className="actions">
            <button type="button" className="button" disabled={unfollow.isPending}
              onClick={() => unfollow.mutate(undefined, { onSuccess: onDeleted })}>
              {t('follow.unfollow.yes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => {
              setAsking(false);
              requestAnimationFrame(() => opener.current?.focus());
            }}>
              {t('follow.unfollow.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--secondary" ref={opener} onClick={() => setAsking(true)}>
          {t('follow.unfollow.button')}
        </button>
      )}
    </section>
  );
}
