import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { DialogueDetails, ModerationMode, OpinionVisibility } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { placeProblem } from '../../lib/problems';
import { useSetOpinionModeration } from './api/setOpinionModeration';

/** The moderation choice in the form: the default (pre-moderation for young people, post otherwise) or one of the two. */
export type ModeChoice = 'default' | ModerationMode;

const visibilities: OpinionVisibility[] = ['internal', 'public'];
const modes: ModeChoice[] = ['default', 'preModeration', 'postModeration'];

/** How a dialogue's opinions are shown now, in words. */
export function moderationSettingsKey(visibility: OpinionVisibility, moderation: ModerationMode): MessageKey {
  if (visibility === 'internal') return 'moderationSettings.now.internal';
  return moderation === 'preModeration' ? 'moderationSettings.now.pre' : 'moderationSettings.now.post';
}

/**
 * Officials choose whether a dialogue's opinions are shown publicly (anonymised) or only used internally, and whether
 * they are reviewed before they are shown or after.
 */
export function OpinionModerationSettings({ dialogue: d, canModerate }: { dialogue: DialogueDetails; canModerate: boolean }) {
  const { t, say } = useI18n();
  const [visibility, setVisibility] = useState<OpinionVisibility>(d.opinionVisibility);
  const [mode, setMode] = useState<ModeChoice>(d.moderationIsDefault ? 'default' : d.moderation);
  const save = useSetOpinionModeration(d);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ visibility, mode: mode === 'default' ? null : mode });
  }

  const now = t(moderationSettingsKey(d.opinionVisibility, d.moderation)) + (d.opinionVisibility === 'public' && d.moderationIsDefault ? ` ${t('moderationSettings.now.default')}` : '');

  return (
    <section aria-labelledby="moderation-settings-heading">
      <h2 id="moderation-settings-heading">{t('moderationSettings.heading')}</h2>
      <p id="moderation-settings-now">
        <strong>{t('moderationSettings.now')}:</strong> {now}
      </p>
      <form className="stack" onSubmit={submit}>
        <fieldset aria-describedby="visibility-hint">
          <legend>{t('moderationSettings.visibility')}</legend>
          <p className="hint" id="visibility-hint">
            {t('moderationSettings.visibility.hint')}
          </p>
          {visibilities.map((v) => (
            <div key={v} className="check">
              <input
                type="radio"
                id={`visibility-${v}`}
                name="opinion-visibility"
                value={v}
                checked={visibility === v}
                onChange={() => setVisibility(v)}
              />
              <label htmlFor={`visibility-${v}`}>{t(`moderationSettings.visibility.${v}` satisfies MessageKey)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset aria-describedby="moderation-hint">
          <legend>{t('moderationSettings.mode')}</legend>
          <p className="hint" id="moderation-hint">
            {t('moderationSettings.mode.hint')}
          </p>
          {modes.map((m) => (
            <div key={m} className="check">
              <input type="radio" id={`moderation-${m}`} name="opinion-moderation" value={m} checked={mode === m} onChange={() => setMode(m)} />
              <label htmlFor={`moderation-${m}`}>{t(`moderationSettings.mode.${m}` satisfies MessageKey)}</label>
            </div>
          ))}
        </fieldset>
        {save.isError && (
          <p className="notice notice--error" role="alert">
            {say(placeProblem(save.error).general)?.join(' ')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('moderationSettings.save')}
          </button>
        </div>
      </form>
      <p role="status" className={save.isSuccess ? 'notice notice--success' : undefined}>
        {save.isSuccess && `${t('moderationSettings.saved')} ${now}`}
      </p>
      {canModerate && d.opinionVisibility === 'public' && (
        <p>
          <Link to={`/personal/moderering?dialog=${encodeURIComponent(d.id)}`}>{t('moderationSettings.queueLink')}</Link>
        </p>
      )}
    </section>
  );
}
