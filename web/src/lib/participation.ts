// Words for who took part, shared by the staff console's reach panel and the public transparency page: the API
// counts by channel, age band and relation with camelCase keys, by district with the district's name, and uses the
// key "unknown" when the background was not given.
import type { MessageKey } from '../i18n/catalogue';

/** What a count is by; a district and a language go by their own names (a language's in itself). */
export type CountDimension = 'channel' | 'district' | 'ageBand' | 'relation' | 'language';

export const channelKey = (channel: string) => `staffOpinions.channel.${channel}` as MessageKey;
/** An age band's words ("16–25"); the API gives the band as a string. */
export const ageKey = (band: string) => `age.${band}` as MessageKey;
/** A relation to Karlskoga in words ("Boende i Karlskoga"). */
export const relationKey = (relation: string) => `relation.${relation}` as MessageKey;

/** The message for one count's key in the UI's language; undefined for a district, which goes by its own name. */
export function countLabelKey(dimension: CountDimension, key: string): MessageKey | undefined {
  if (key === 'unknown') return 'reach.unknown';
  switch (dimension) {
    case 'channel':
      return channelKey(key);
    case 'ageBand':
      return ageKey(key);
    case 'relation':
      return relationKey(key);
    default:
      return undefined;
  }
}
