// Compiling many opinions, kept apart from React: the search's hits as marked pieces of text, and the bulk tagging's
// request built from the very filter the list counted (so "tag all 2 314" tags the 2 314 shown).
import type { OpinionMatch, SuggestionRunDto, TaggingAction, TagOpinionsInBulkRequest, TextHit } from '../../api/client';
import { listArguments, type OpinionFilter } from './results';

/** A piece of a text: marked when it is one of the hits. */
export interface TextPiece {
  text: string;
  hit: boolean;
}

/**
 * A text cut at its hits (UTF-16 offsets, as JavaScript counts): the hits in order, overlapping or touching ones
 * joined, those outside the text cut to it, empty ones left out. The pieces put together are the text again.
 */
export function splitByHits(text: string, hits: readonly TextHit[] | undefined): TextPiece[] {
  const ranges = (hits ?? [])
    .map((h) => [Math.max(0, h.start), Math.min(text.length, h.start + h.length)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = joined[joined.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else joined.push([from, to]);
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [from, to] of joined) {
    if (from > at) pieces.push({ text: text.slice(at, from), hit: false });
    pieces.push({ text: text.slice(from, to), hit: true });
    at = to;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}

/** Which opinions a list filter means, said as the bulk tagging hears it (the same as the list's query). */
export function opinionMatch(filter: OpinionFilter): OpinionMatch {
  const a = listArguments(filter);
  return {
    search: a.q ?? null,
    themeId: a.themeId ?? null,
    channel: null,
    untagged: a.untagged ?? false,
    sameAs: a.sameAs ?? null,
    suggestionId: a.suggestionId ?? null,
  };
}

/** Whether the list is narrowed at all (a search or a filter): only then may all its matches be tagged at once. */
export function isNarrowed(filter: OpinionFilter): boolean {
  const m = opinionMatch(filter);
  return Boolean(m.search || m.themeId || m.untagged || m.sameAs || m.suggestionId);
}

/** Tag (or untag) every opinion the list counted: `expectedCount` is the total staff saw and confirmed. */
export function bulkRequest(filter: OpinionFilter, themeId: string, action: TaggingAction, expectedCount: number): TagOpinionsInBulkRequest {
  return { themeId, action, match: opinionMatch(filter), opinionIds: undefined, expectedCount };
}

/** Tag the opinions picked one by one (the similar ones reviewed): as many as were ticked. */
export function pickedRequest(themeId: string, opinionIds: string[]): TagOpinionsInBulkRequest {
  return { themeId, action: 'tag', match: undefined, opinionIds, expectedCount: opinionIds.length };
}

/** A run still being worked out (the page asks again every second). */
export function isWorking(run: Pick<SuggestionRunDto, 'status'> | null | undefined): boolean {
  return run?.status === 'queued' || run?.status === 'running';
}

/** The suggestion counts asked for: between 2 and 30 (the API's limits), 10 unless chosen. */
export const suggestionCounts = { min: 2, max: 30, standard: 10 } as const;
