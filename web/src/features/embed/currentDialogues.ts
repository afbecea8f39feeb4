// The current dialogues for the embed: open ones (soonest to close first), then announced ones (soonest to open
// first), through the generated client's ListDialogues — one call per phase, each at most `count` long. The requests
// carry no cookies (credentials: 'omit'): the embed is the same for everyone and tells the API nothing about a reader.
import { DialoguesClient, type DialogueSummary, type DistrictDto } from '../../api/client';
import type { EmbedParams } from './embedParams';

/** The client for this origin; a test passes its own. */
export const embedClient = new DialoguesClient('', {
  fetch: (url, init) => window.fetch(url, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer' }),
});

export type EmbedClient = Pick<DialoguesClient, 'listDialogues' | 'listDistricts'>;

const byDate = (key: 'opensAt' | 'closesAt') => (a: DialogueSummary, b: DialogueSummary) => Date.parse(a[key]) - Date.parse(b[key]);

/** Open and announced dialogues matching the filters, at most `count`, open first. */
export async function currentDialogues(
  client: EmbedClient,
  { district, topic, count }: Pick<EmbedParams, 'district' | 'topic' | 'count'>,
  signal?: AbortSignal,
): Promise<DialogueSummary[]> {
  const [open, upcoming] = await Promise.all(
    (['open', 'upcoming'] as const).map((phase) => client.listDialogues(1, count, phase, undefined, undefined, undefined, topic, district, signal)),
  );
  return [...open.items.sort(byDate('closesAt')), ...upcoming.items.sort(byDate('opensAt'))].slice(0, count);
}

/** The name of a district code, for the heading; undefined when there is no such district. */
export async function districtName(client: EmbedClient, code: string, signal?: AbortSignal): Promise<string | undefined> {
  const districts: DistrictDto[] = await client.listDistricts(signal);
  return districts.find((d) => d.code === code)?.name;
}
