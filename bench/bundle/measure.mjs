// What each public route of the built SPA makes the browser download, from Vite's manifest (web/dist/.vite):
// the entry chunk and its static imports, the route's lazy chunk(s) and their static imports, and the catalogue
// chunks the route loads: the shared words and its area's (Swedish; Arabic adds its own, Swedish stays the fallback). Gzip level 9 per file,
// each file counted once per route. Prints one row per route: JS and CSS separately.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const web = process.argv[2] ?? 'web';
const dist = join(web, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const routesSource = readFileSync(join(web, 'src/app/routes.tsx'), 'utf8');

// The public routes, their pages and areas, as routes.tsx declares them: `{ path: 'x', element: resident('area', … import('../features/…') …`.
const routes = [
  ...routesSource.matchAll(/\{ (?:index: true|path: '([^']+)'), element: resident\('([^']+)', async \(\) => \(await import\('\.\.\/([^']+)'\)\)/g),
].map((m) => ({ path: `/${m[1] ?? ''}`, areas: ['shared', m[2]], source: `src/${m[3]}.tsx` }));
const catalogue = (area, language) => (area === 'shared' ? `src/i18n/locales/${language}.json` : `src/features/${area}/locales/${language}.json`);

const gzipped = new Map();
const gz = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
};

/** The files a manifest entry brings: itself, its static imports (recursively), their CSS. */
function closure(key, js = new Set(), css = new Set()) {
  const entry = manifest[key];
  if (!entry) throw new Error(`not in the manifest: ${key}`);
  if (js.has(entry.file)) return { js, css };
  js.add(entry.file);
  for (const file of entry.css ?? []) css.add(file);
  for (const imported of entry.imports ?? []) closure(imported, js, css);
  return { js, css };
}

// The app's entry (index.html); the embed (embed.html, docs/embedding.md) is an entry of its own, measured last.
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && manifest[k].src === 'index.html') ?? Object.keys(manifest).find((k) => manifest[k].isEntry);
const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);

console.log(`route                          | JS gzip KB (sv) | of which words | JS gzip KB (ar) | CSS gzip KB | files (sv)`);
console.log(`-------------------------------|----------------:|---------------:|----------------:|------------:|-----------:`);
for (const route of routes) {
  const base = closure(entryKey);
  closure(route.source, base.js, base.css);
  const words = (language) => {
    const files = new Set();
    for (const area of route.areas) for (const l of new Set(['sv', language])) if (manifest[catalogue(area, l)]) closure(catalogue(area, l), files);
    return files;
  };
  const sv = new Set([...base.js, ...words('sv')]);
  const ar = new Set([...base.js, ...words('ar')]);
  const wordsOnly = [...words('sv')].filter((f) => !base.js.has(f));
  console.log(
    `${route.path.padEnd(31)}| ${kb(sum(sv)).padStart(15)} | ${kb(sum(wordsOnly)).padStart(14)} | ${kb(sum(ar)).padStart(15)} | ${kb(sum(base.css)).padStart(11)} | ${String(sv.size).padStart(10)}`,
  );
}
// The embed page: its entry and static imports, and its own catalogue (Swedish; Arabic adds its own).
if (manifest['embed.html']) {
  const embed = closure('embed.html');
  const words = (language) => {
    const files = new Set();
    for (const l of new Set(['sv', language])) if (manifest[`src/features/embed/locales/${l}.json`]) closure(`src/features/embed/locales/${l}.json`, files);
    return files;
  };
  const sv = new Set([...embed.js, ...words('sv')]);
  const ar = new Set([...embed.js, ...words('ar')]);
  console.log(
    `${'/inbaddning/dialoger (embed)'.padEnd(31)}| ${kb(sum(sv)).padStart(15)} | ${kb(sum(words('sv'))).padStart(14)} | ${kb(sum(ar)).padStart(15)} | ${kb(sum(embed.css)).padStart(11)} | ${String(sv.size).padStart(10)}`,
  );
}
const arabic = Object.keys(manifest).filter((k) => k.endsWith('/locales/ar.json')).length;
console.log(`(${routes.length} public routes; Arabic catalogue files in this build: ${arabic}. Arabic loads Swedish too, its fallback.)`);
