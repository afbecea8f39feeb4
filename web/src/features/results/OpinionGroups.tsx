import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage, Loading } from '../../components/Status';
import { useOpinionGroups } from './api/opinionGroups';

/**
 * The groups of near-identical opinions (a campaign's one text sent many times): each group's words, how many say it
 * and how many are not grouped yet, and a way to show them all in the list (where they can be grouped at once).
 */
export function OpinionGroups({ dialogueId, onShow }: { dialogueId: string; onShow: (opinionId: string) => void }) {
  const { t } = useI18n();
  const groups = useOpinionGroups(dialogueId);
  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('results.groups')}</h2>
      <p>{t('results.groups.intro')}</p>
      {groups.isPending && <Loading />}
      {groups.isError && <ErrorMessage problem={groups.error} onRetry={() => void groups.refetch()} />}
      {groups.data &&
        (groups.data.items.length === 0 ? (
          <p>{t('results.groups.none')}</p>
        ) : (
          <>
            <p>{t('results.groups.total', { count: groups.data.total, copies: groups.data.copies })}</p>
            <ul className="compile-cards">
              {groups.data.items.map((g) => (
                <li key={g.opinionId} className="compile-card">
                  <blockquote className="opinion__text">
                    <p id={`group-${g.opinionId}`}>{g.text}</p>
                  </blockquote>
                  <p>{t('results.groups.count', { count: g.count, untagged: g.untagged })}</p>
                  <button type="button" className="button button--secondary" aria-describedby={`group-${g.opinionId}`} onClick={() => onShow(g.opinionId)}>
                    {t('results.groups.show', { count: g.count })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
