import type { MessageKey } from '../../i18n/catalogue';
import type { LanguageCode } from '../../i18n/languages';
import type { DistrictAreaDto, GeoJsonGeometry, MarkKind, NamedPlaceDto } from '../../api/client';
import { districtOf, kindOf } from './geo';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A named place's name in the reader's language: its English name for an English reader, when it has one. */
export const placeName = (place: Pick<NamedPlaceDto, 'name' | 'nameEn'>, language: LanguageCode) =>
  language === 'en' && place.nameEn ? place.nameEn : place.name;

const whatKey: Record<MarkKind, [MessageKey, MessageKey]> = {
  point: ['map.what.point', 'map.what.pointIn'],
  line: ['map.what.line', 'map.what.lineIn'],
  area: ['map.what.area', 'map.what.areaIn'],
};

/** A geometry in words: "Punkt i Bäckegården", "Sträcka", by its kind and the district it lies in. */
export function describeGeometry(t: T, geometry: GeoJsonGeometry, districts: readonly DistrictAreaDto[]): string {
  const [plain, inDistrict] = whatKey[kindOf(geometry)];
  const district = districtOf(geometry, districts);
  return district ? t(inDistrict, { district: district.name }) : t(plain);
}

/** A mark in words: on the map ("Punkt i Bäckegården"), at a named place ("Vid Skrantahallen"), or in words. */
export function describeMark(
  t: T,
  mark: { geometry?: GeoJsonGeometry | null; placeId?: string | null; description?: string | null },
  districts: readonly DistrictAreaDto[],
  places: readonly NamedPlaceDto[],
  language: LanguageCode,
): string {
  if (mark.geometry) return describeGeometry(t, mark.geometry, districts);
  if (mark.placeId) {
    const named = places.find((p) => p.id === mark.placeId);
    return t('map.what.place', { place: named ? placeName(named, language) : mark.placeId });
  }
  return t('map.what.words', { description: mark.description ?? '' });
}
