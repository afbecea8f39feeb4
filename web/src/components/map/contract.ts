// TEMPORARY: the map contract of docs/maps.md, declared by hand with the names NSwag will generate, until `main`
// has the API and the regenerated client (web/src/api/client.ts). Then this file goes and everything imports from
// '../../api/client'. The types that the contract extends (QuestionDto, AnswerInput, DialogueDetails …) are
// re-declared here under their own names, so switching back is changing an import path.
import type * as Client from '../../api/client';

export type GeoJsonType = 'Point' | 'LineString' | 'Polygon' | 'MultiPolygon';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GeoJsonGeometry { type: GeoJsonType; coordinates: any }
export type MarkKind = 'point' | 'line' | 'area';
export interface MapQuestionSettings { kinds: MarkKind[]; maxMarks: number }
export interface MarkInput {
  geometry?: GeoJsonGeometry | null;
  placeId?: string | null;
  description?: string | null;
  categoryId?: string | null;
  comment?: string | null;
}
export interface MapStartView { center: GeoJsonGeometry; zoom: number }
export interface NamedPlaceInput { id?: string | null; name: string; nameEn?: string | null; location: GeoJsonGeometry }
export interface SetDialogueMapRequest { area?: GeoJsonGeometry | null; startView?: MapStartView | null; places?: NamedPlaceInput[] | null }
export interface NamedPlaceDto { id: string; name: string; nameEn?: string | null; location: GeoJsonGeometry }
export interface DialogueMapDto { area?: GeoJsonGeometry | null; startView?: MapStartView | null; places: NamedPlaceDto[] }
export interface MapTilesDto { url: string; attribution: string; maxZoom: number }
export interface DistrictAreaDto { code: string; name: string; area: GeoJsonGeometry }
export interface MapConfigDto { tiles?: MapTilesDto | null; startView: MapStartView; municipality: GeoJsonGeometry; districts: DistrictAreaDto[] }
export interface ReceiptMarkDto {
  kind: MarkKind;
  categoryId?: string | null;
  category?: string | null;
  placeName?: string | null;
  description?: string | null;
  comment?: string | null;
  geometry?: GeoJsonGeometry | null;
}

export type QuestionKind = Client.QuestionKind | 'map';
export type QuestionDto = Omit<Client.QuestionDto, 'kind'> & { kind: QuestionKind; map?: MapQuestionSettings | null };
export type QuestionInput = Omit<Client.QuestionInput, 'kind'> & { kind: QuestionKind; map?: MapQuestionSettings | null };
export type AnswerInput = Client.AnswerInput & { marks?: MarkInput[] | null };
export type DialogueDetails = Omit<Client.DialogueDetails, 'questions'> & { questions: QuestionDto[]; map?: DialogueMapDto | null };
export type ReceiptAnswerDto = Omit<Client.ReceiptAnswerDto, 'kind'> & { kind: QuestionKind; marks?: ReceiptMarkDto[] | null };
