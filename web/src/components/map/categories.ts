// Colours of a map question's categories, shared by the staff's results map and the public map (plain functions,
// tested without Leaflet). A category keeps its colour wherever it is shown: the colour follows the category's place
// among the question's options, marks without a category are grey. The palette is Okabe–Ito's, darkened where needed
// so each colour has at least 3:1 contrast against the plain background and against white (WCAG 1.4.11).

/** Colours for up to twelve categories, in the order of the question's options; beyond that they repeat. */
export const categoryPalette = ['#0b4f9c', '#b35900', '#007a5a', '#a3004f', '#6a3d9a', '#8a6d00', '#00708a', '#c0392b', '#4d5d00', '#7a4419', '#3b4cc0', '#5a5a5a'] as const;

/** The colour of marks without a category. */
export const noCategoryColour = '#6b6b6b';

/** The colour of a category (by its id among the question's options), or grey for none or an unknown one. */
export function categoryColour(categoryId: string | null | undefined, options: readonly { id: string }[]): string {
  if (!categoryId) return noCategoryColour;
  const index = options.findIndex((o) => o.id === categoryId);
  return index < 0 ? noCategoryColour : categoryPalette[index % categoryPalette.length];
}

/** One line of a legend: the category's id (null: none), its name and its colour. */
export interface LegendEntry {
  categoryId: string | null;
  label: string;
  colour: string;
}

/**
 * The legend of a map question: each category in the order of its options, then "without category" — only the ones
 * that occur among `present` (all of them when `present` is not given).
 */
export function legendOf(
  options: readonly { id: string; text: string }[],
  noCategoryLabel: string,
  present?: readonly (string | null | undefined)[],
): LegendEntry[] {
  const seen = present ? new Set(present.map((c) => c ?? null)) : undefined;
  const entries: LegendEntry[] = options.map((o) => ({ categoryId: o.id, label: o.text, colour: categoryColour(o.id, options) }));
  entries.push({ categoryId: null, label: noCategoryLabel, colour: noCategoryColour });
  if (!seen) return entries;
  // A mark whose category is no longer among the options is shown as "without category".
  const known = new Set(options.map((o) => o.id));
  const withUnknown = [...seen].some((c) => c !== null && !known.has(c));
  return entries.filter((e) => seen.has(e.categoryId) || (e.categoryId === null && withUnknown));
}

/** The name of a category: the option's text, or `noCategoryLabel` for none (or one no longer among the options). */
export function categoryName(categoryId: string | null | undefined, options: readonly { id: string; text: string }[], noCategoryLabel: string): string {
  return (categoryId && options.find((o) => o.id === categoryId)?.text) || noCategoryLabel;
}

/**
 * The diameter in CSS px of a cluster of `count` marks when the largest in view holds `max`: by area (the square root),
 * from 32 px — big enough to tap — to 72 px.
 */
export function clusterSize(count: number, max: number): number {
  const [smallest, largest] = [32, 72];
  if (max <= 1 || count <= 1) return smallest;
  const share = Math.sqrt(Math.min(count, max) / max);
  return Math.round(smallest + (largest - smallest) * share);
}
