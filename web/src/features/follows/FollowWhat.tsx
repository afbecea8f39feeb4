import { Link } from 'react-router';
import type { FollowDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey, type Words } from '../../i18n/catalogue';

/** A name or an address inside a sentence, isolated (U+2068 … U+2069): Swedish or an address in an Arabic sentence keeps its own order. */
export const isolated = (text: string) => `\u2068${text}\u2069`;

/** What a follow is of, in words (for a status message or a heading's text). */
export function followWords(follow: Pick<FollowDto, 'scope' | 'dialogue' | 'districtName' | 'district' | 'topic'>): Words {
  if (follow.scope === 'dialogue') return { key: 'follow.what.dialogue', params: { title: isolated(follow.dialogue?.title ?? '') } };
  const name = follow.districtName ?? follow.district;
  const district = name ? isolated(name) : undefined;
  const topic = follow.topic ? isolated(follow.topic) : undefined;
  if (district && topic) return { key: 'follow.what.newInDistrictOnTopic', params: { district, topic } };
  if (district) return { key: 'follow.what.newInDistrict', params: { district } };
  if (topic) return { key: 'follow.what.newOnTopic', params: { topic } };
  return { key: 'follow.what.new' };
}

/** What a follow is of, as a heading's content: a dialogue's title linked to its page (its Swedish marked as such), with its status. */
export function FollowWhat({ follow, headingId }: { follow: FollowDto; headingId?: string }) {
  const { t, language } = useI18n();
  const sv = language === 'sv' ? undefined : 'sv';
  if (follow.scope === 'dialogue' && follow.dialogue) {
    return (
      <>
        <h3 id={headingId}>
          <Link to={`/dialoger/${follow.dialogue.slug}`} lang={sv}>
            {follow.dialogue.title}
          </Link>
        </h3>
        <p>
          {t('follow.dialogueStatus')}: {t(statusKey(follow.dialogue.status))}
        </p>
      </>
    );
  }
  const words = followWords(follow);
  return <h3 id={headingId}>{t(words.key, words.params)}</h3>;
}
