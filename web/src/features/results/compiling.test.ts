import { bulkRequest, isNarrowed, isWorking, opinionMatch, pickedRequest, splitByHits } from './compiling';
import { initialFilter, untaggedFilter } from './results';

const join = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');

describe('the search hits in a text', () => {
  it('cuts the text at its hits, in order, and the pieces make the text again', () => {
    const text = 'Cykelbanorna tar slut vid cykelbanan.';
    const pieces = splitByHits(text, [
      { start: 26, length: 10 },
      { start: 0, length: 12 },
    ]);
    expect(pieces).toEqual([
      { text: 'Cykelbanorna', hit: true },
      { text: ' tar slut vid ', hit: false },
      { text: 'cykelbanan', hit: true },
      { text: '.', hit: false },
    ]);
    expect(join(pieces)).toBe(text);
  });

  it('joins overlapping and touching hits, cuts hits outside the text and leaves empty ones out', () => {
    expect(splitByHits('abcdefgh', [{ start: 1, length: 3 }, { start: 3, length: 2 }, { start: 5, length: 1 }, { start: 7, length: 5 }, { start: 2, length: 0 }])).toEqual([
      { text: 'a', hit: false },
      { text: 'bcdef', hit: true },
      { text: 'g', hit: false },
      { text: 'h', hit: true },
    ]);
  });

  it('counts as JavaScript does (UTF-16), so Swedish letters and emoji stay whole', () => {
    const text = 'Snö 🚲 på gångvägen';
    const start = text.indexOf('gångvägen');
    expect(splitByHits(text, [{ start, length: 'gångvägen'.length }]).filter((p) => p.hit)).toEqual([{ text: 'gångvägen', hit: true }]);
  });

  it('gives the whole text unmarked without hits, and one empty piece for an empty text', () => {
    expect(splitByHits('Hej', undefined)).toEqual([{ text: 'Hej', hit: false }]);
    expect(splitByHits('', [])).toEqual([{ text: '', hit: false }]);
  });
});

describe('the bulk tagging request', () => {
  it('says the list’s own filter as the match, with the count staff confirmed', () => {
    const filter = { ...initialFilter, q: ' cykelbanor ', show: untaggedFilter, page: 3 };
    expect(bulkRequest(filter, 't1', 'tag', 312)).toEqual({
      themeId: 't1',
      action: 'tag',
      match: { search: 'cykelbanor', themeId: null, channel: null, untagged: true, sameAs: null, suggestionId: null },
      opinionIds: undefined,
      expectedCount: 312,
    });
  });

  it('narrows by a theme, a group of identical opinions or a suggestion as the list does', () => {
    expect(opinionMatch({ ...initialFilter, show: 't2' })).toMatchObject({ themeId: 't2', untagged: false });
    expect(opinionMatch({ ...initialFilter, sameAs: 'o9' })).toMatchObject({ sameAs: 'o9', search: null });
    expect(bulkRequest({ ...initialFilter, suggestionId: 's1' }, 't1', 'untag', 4).match).toMatchObject({ suggestionId: 's1' });
  });

  it('is offered only when a search or a filter narrows the list', () => {
    expect(isNarrowed(initialFilter)).toBe(false);
    expect(isNarrowed({ ...initialFilter, q: '   ', page: 2 })).toBe(false);
    expect(isNarrowed({ ...initialFilter, q: 'buss' })).toBe(true);
    expect(isNarrowed({ ...initialFilter, show: untaggedFilter })).toBe(true);
    expect(isNarrowed({ ...initialFilter, sameAs: 'o1' })).toBe(true);
  });

  it('tags picked opinions by id, as many as were ticked', () => {
    expect(pickedRequest('t1', ['o1', 'o2'])).toEqual({ themeId: 't1', action: 'tag', match: undefined, opinionIds: ['o1', 'o2'], expectedCount: 2 });
  });
});

describe('a run of theme suggestions', () => {
  it('is followed while queued or running', () => {
    expect(isWorking({ status: 'queued' })).toBe(true);
    expect(isWorking({ status: 'running' })).toBe(true);
    expect(isWorking({ status: 'done' })).toBe(false);
    expect(isWorking({ status: 'failed' })).toBe(false);
    expect(isWorking(undefined)).toBe(false);
  });
});
