// The embed page's address: /inbaddning/dialoger?omrade=<district>&amne=<topic>&sprak=<language>&antal=<n>
// (docs/embedding.md). Swedish names, as the start page's filters (?omrade=, ?amne=). Anything unknown is ignored.
import { isLanguage, type LanguageCode } from '../../i18n/languages';

export interface EmbedParams {
  /** A district's code (GET /api/districts): `centrum`, `bregarden` … */
  district?: string;
  /** A topic, as officials tag dialogues (any letter case). */
  topic?: string;
  /** The page's language; Swedish unless one of the seven is asked for. */
  language: LanguageCode;
  /** How many dialogues at most. */
  count: number;
}

export const defaultCount = 5;
export const maxCount = 20;

const text = (value: string | null, max: number) => {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
};

/** The embed's filters, read from its address (`location.search`). */
export function embedParams(search: string): EmbedParams {
  const query = new URLSearchParams(search);
  const language = query.get('sprak');
  const count = Number.parseInt(query.get('antal') ?? '', 10);
  return {
    district: text(query.get('omrade'), 40),
    topic: text(query.get('amne'), 60),
    language: isLanguage(language) ? language : 'sv',
    count: Number.isFinite(count) && count >= 1 ? Math.min(count, maxCount) : defaultCount,
  };
}
