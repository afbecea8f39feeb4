import { describe, expect, it } from 'vitest';
import { canFinish, finish, markErrorWords, place, toMarkInput, undo, type Drawing } from './marks';

describe('a mark in the API’s shape', () => {
  it('has exactly one of geometry, placeId and description, with its category and comment when given', () => {
    const point = { type: 'Point' as const, coordinates: [14.521, 59.331] };
    expect(toMarkInput({ key: 'a', geometry: point, categoryId: 'c1', comment: ' Bilarna kör fort här ' })).toEqual({
      geometry: point,
      categoryId: 'c1',
      comment: 'Bilarna kör fort här',
    });
    expect(toMarkInput({ key: 'b', placeId: 'p1', categoryId: '', comment: '' })).toEqual({ placeId: 'p1', categoryId: null, comment: null });
    expect(toMarkInput({ key: 'c', description: ' Vid busshållplatsen utanför Coop ', categoryId: '', comment: 'Mörkt på kvällen' })).toEqual({
      description: 'Vid busshållplatsen utanför Coop',
      categoryId: null,
      comment: 'Mörkt på kvällen',
    });
  });
});

describe('drawing', () => {
  it('makes a point at once', () => {
    const next = place({ kind: 'point', positions: [] }, [14.5, 59.3]);
    expect(next.done).toEqual({ type: 'Point', coordinates: [14.5, 59.3] });
    expect(next.drawing.positions).toEqual([]);
  });

  it('finishes a route from two positions and an area from three, and undoes the last one', () => {
    let line: Drawing = { kind: 'line', positions: [] };
    line = place(line, [1, 1]).drawing;
    expect(canFinish(line)).toBe(false);
    expect(finish(line).done).toBeUndefined();
    expect(place(line, [1, 1])).toEqual({ drawing: line, same: true });
    line = place(line, [2, 2]).drawing;
    expect(finish(line).done).toEqual({ type: 'LineString', coordinates: [[1, 1], [2, 2]] });
    expect(finish(line).drawing.positions).toEqual([]);

    let area: Drawing = { kind: 'area', positions: [[0, 0], [1, 0]] };
    expect(canFinish(area)).toBe(false);
    area = place(area, [1, 1]).drawing;
    expect(finish(area).done).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
    expect(undo(area).positions).toEqual([[0, 0], [1, 0]]);
    expect(undo({ kind: 'area', positions: [] }).positions).toEqual([]);
  });
});

describe('errors at a mark', () => {
  const kinds = (k: string) => ({ point: 'En punkt', line: 'En sträcka', area: 'Ett område' })[k] ?? k;
  it('says which area a mark is outside of, and which kinds the question takes', () => {
    expect(markErrorWords({ key: 'field.outsideArea', params: { area: 'dialogue' } }, kinds).key).toBe('map.error.outsideArea.dialogue');
    expect(markErrorWords({ key: 'field.outsideArea', params: { area: 'municipality' } }, kinds).key).toBe('map.error.outsideArea.municipality');
    expect(markErrorWords({ key: 'field.wrongType', params: { expected: 'point, line' } }, kinds)).toEqual({
      key: 'map.error.wrongType',
      params: { expected: 'En punkt, En sträcka' },
    });
    expect(markErrorWords({ key: 'field.tooLong', params: { max: '1000' } }, kinds)).toEqual({ key: 'field.tooLong', params: { max: '1000' } });
  });
});
