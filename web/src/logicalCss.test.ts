// Right to left ready (Arabic and Dari set dir="rtl" on <html>): the style sheets say start and end, never left and
// right, so every layout mirrors by itself. A physical property or value in a .css file under src/ fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const srcDir = resolve(__dirname);

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

const physical: [RegExp, string][] = [
  [/\b(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)\b/, 'use …-inline-start / …-inline-end'],
  [/\bborder-(?:top|bottom)-(?:left|right)-radius\b/, 'use border-start-start-radius …'],
  [/(?:^|[;{\s])(?:left|right)\s*:/, 'use inset-inline-start / inset-inline-end'],
  [/\b(?:text-align|float|clear|justify-content|justify-items|justify-self|caption-side)\s*:\s*(?:left|right)\b/, 'use start / end'],
  [/\bresize\s*:\s*horizontal\b/, 'use resize: inline'],
];

/** A shorthand that differs left from right: `margin: a b c d` with b ≠ d (padding, inset, border-width … too), or a
 * `border-radius` whose corners are not all the same. */
function asymmetricShorthand(declaration: string): boolean {
  const m = /(?:^|[{\s])(margin|padding|inset|border-width|border-style|border-color|border-radius)\s*:\s*([^;}!]+)/.exec(declaration);
  if (!m) return false;
  // Values split on spaces outside parentheses: `min(1rem, 5vw)` is one.
  const values = m[2].trim().match(/(?:[^\s(]+|\([^)]*\))+/g) ?? [];
  if (m[1] === 'border-radius') return values.some((v) => v !== values[0]);
  return values.length === 4 && values[1] !== values[3];
}

/** Every physical left/right in a style sheet, as "line: text (advice)". */
export function physicalDirections(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return withoutComments.split('\n').flatMap((line, i) => {
    const found = physical.filter(([pattern]) => pattern.test(line)).map(([, advice]) => advice);
    const declarations = line.split(';');
    if (declarations.some(asymmetricShorthand)) found.push('a four-value shorthand is physical: use …-block and …-inline');
    return found.map((advice) => `${i + 1}: ${line.trim()} (${advice})`);
  });
}

describe('the style sheets', () => {
  it('find physical directions, and leave logical ones and words that merely contain them', () => {
    const css = [
      '.a { margin-left: 1rem; }',
      '.b { padding: 0 1rem 0 0; }',
      '.c { text-align: right; }',
      '.d { position: absolute; left: 0; }',
      '.e { border-right: 1px solid; }',
      '.f { margin-inline-start: 1rem; padding: 0 1rem; text-align: end; inset-inline-start: 0; border-inline-end: 1px solid; }',
      '/* left: a comment may say left and right */',
      '.g { padding: 0.25rem 1rem 0.5rem 1rem; content: "left:"; border-radius: 4px; }',
      '.h { border-radius: 4px 0 0 4px; }',
      '.i { padding: 1rem min(1rem, 5vw) 3rem; }',
    ].join('\n');
    expect(physicalDirections(css).map((s) => s.split(':')[0])).toEqual(['1', '2', '3', '4', '5', '9']);
  });

  it('use logical properties only, so a right-to-left page mirrors', () => {
    const found = cssFiles(srcDir).flatMap((file) =>
      physicalDirections(readFileSync(file, 'utf8')).map((hit) => `${relative(srcDir, file)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});
