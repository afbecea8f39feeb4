// A map answer as the form holds it, and the drawing on the map, as plain functions (tested without Leaflet).
import type { MessageKey, Words } from '../../i18n/catalogue';
import { isMessageKey } from '../../i18n/i18n';
import type { GeoJsonGeometry, MarkInput, MarkKind } from '../../api/client';
import { geometryOf, minimumPositions, type Position } from './geo';

/** One mark while the resident answers: on the map (geometry), at a named place, or in words — exactly one. */
export interface MarkDraft {
  /** Local and stable, for React lists and the map's layers. */
  key: string;
  geometry?: GeoJsonGeometry;
  placeId?: string;
  description?: string;
  categoryId: string;
  comment: string;
}

let counter = 0;
export const newMarkKey = () => `m${(++counter).toString(36)}`;

/** How the mark was given: on the map, at a named place, or described in words. */
export const markSource = (mark: MarkDraft): 'map' | 'place' | 'words' => (mark.geometry ? 'map' : mark.placeId ? 'place' : 'words');

/** A mark in the API's shape: exactly one of geometry, placeId and description; category and comment when given. */
export function toMarkInput(mark: MarkDraft): MarkInput {
  const comment = mark.comment.trim();
  const where: MarkInput = mark.geometry
    ? { geometry: mark.geometry }
    : mark.placeId
      ? { placeId: mark.placeId }
      : { description: (mark.description ?? '').trim() };
  return { ...where, categoryId: mark.categoryId || null, comment: comment || null };
}

/** A line or an area being drawn: its kind and the positions placed so far. */
export interface Drawing {
  kind: MarkKind;
  positions: Position[];
}

/**
 * A tap, a click or "Sätt en punkt vid korset": a point becomes a mark at once (`done`); a route or an area gets one
 * more position and is still being drawn.
 */
export function place(drawing: Drawing, at: Position): { drawing: Drawing; done?: GeoJsonGeometry; same?: true } {
  if (drawing.kind === 'point') return { drawing: { ...drawing, positions: [] }, done: geometryOf('point', [at]) };
  // The cross pressed twice without moving the map: a route or an area needs positions apart.
  if (drawing.positions.some((p) => p[0] === at[0] && p[1] === at[1])) return { drawing, same: true };
  return { drawing: { ...drawing, positions: [...drawing.positions, at] } };
}

/** Whether a route (2 positions) or an area (3) has enough positions to be finished. */
export const canFinish = (drawing: Drawing) => drawing.kind !== 'point' && drawing.positions.length >= minimumPositions[drawing.kind];

/** "Klar": the route or area as a geometry, and a new empty drawing of the same kind; nothing when too short. */
export function finish(drawing: Drawing): { drawing: Drawing; done?: GeoJsonGeometry } {
  if (!canFinish(drawing)) return { drawing };
  return { drawing: { ...drawing, positions: [] }, done: geometryOf(drawing.kind, drawing.positions) };
}

/** "Ångra senaste punkten": the last position taken back. */
export const undo = (drawing: Drawing): Drawing => ({ ...drawing, positions: drawing.positions.slice(0, -1) });

/** A point moved by a step of `dx`, `dy` (in the map's units, worked out by the caller): a new geometry. */
export const movedPoint = (geometry: GeoJsonGeometry, to: Position): GeoJsonGeometry =>
  geometry.type === 'Point' ? { type: 'Point', coordinates: to } : geometry;

/** A kind of mark in words ("En punkt", "En sträcka", "Ett område"); a code it does not know as it came. */
export const markKindText = (t: (key: MessageKey) => string) => (kind: string) =>
  kind === 'point' || kind === 'line' || kind === 'area' ? t(`map.kind.${kind}`) : kind;

/** A form's field errors in a list, those at a map answer's marks (`answers[…].marks[…]`) in words about places. */
export const withMarkWords = (fields: Record<string, Words[]>, kindWords: (kind: string) => string): Words[] =>
  Object.entries(fields).flatMap(([name, list]) => (name.includes('.marks[') ? list.map((w) => markErrorWords(w, kindWords)) : list));

/**
 * The words of an error at a mark: the codes that say something different about a place than about a text field get
 * words of their own (`map.error.<code>`, by the `area` they are outside of); the rest are the form's usual words.
 */
export function markErrorWords(words: Words, kindWords: (kind: string) => string): Words {
  const code = words.key.startsWith('field.') ? words.key.slice('field.'.length) : undefined;
  if (code === 'outsideArea') {
    const key = `map.error.outsideArea.${words.params?.area === 'dialogue' ? 'dialogue' : 'municipality'}`;
    if (isMessageKey(key)) return { key, params: words.params };
  }
  if (code === 'wrongType') {
    const expected = String(words.params?.expected ?? '')
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(kindWords)
      .join(', ');
    return { key: expected ? 'map.error.wrongType' : 'map.error.wrongTypeNone', params: { ...words.params, expected } };
  }
  return words;
}
