// The rules of the features' layout (ARCHITECTURE.md, house rule 10): a feature never imports another (shared pieces
// go to components/ or lib/, and app/ puts pages of two areas together), and no one area grows into a dumping ground.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const featuresDir = resolve(__dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The area of a file under features/: its first folder there (undefined for a file directly in features/). */
function areaOf(path: string): string | undefined {
  const parts = relative(featuresDir, path).split(sep);
  return parts.length > 1 && !parts[0].startsWith('..') ? parts[0] : undefined;
}

/** Every module a file imports or re-exports, statically or dynamically (type-only imports too). */
export function importedModules(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return [...new Set(specifiers)];
}

const files = sourceFiles(featuresDir).filter((path) => areaOf(path) !== undefined);

describe('the features', () => {
  it('finds the imports of a file, of every kind', () => {
    const source = `import a from '../x';\nimport type { B } from "./b";\nexport { c } from '../../lib/c';\nimport './d.css';\nconst e = await import('../e');`;
    expect(importedModules(source)).toEqual(['../x', './b', '../../lib/c', './d.css', '../e']);
  });

  it('never import one another', () => {
    const crossings = files.flatMap((file) => {
      const area = areaOf(file);
      return importedModules(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolve(dirname(file), specifier))
        .filter((target) => target.startsWith(featuresDir + sep) && areaOf(target) !== area)
        .map((target) => `${relative(featuresDir, file)} imports ${relative(featuresDir, target)}`);
    });
    expect(crossings).toEqual([]);
  });

  it('each hold at most a quarter of all feature code (lines of .ts and .tsx, tests included)', () => {
    const lines = new Map<string, number>();
    for (const file of files) {
      const area = areaOf(file)!;
      lines.set(area, (lines.get(area) ?? 0) + readFileSync(file, 'utf8').split('\n').length - 1);
    }
    const total = [...lines.values()].reduce((a, b) => a + b, 0);
    const tooLarge = [...lines].filter(([, n]) => n > total / 4).map(([area, n]) => `${area}: ${n} of ${total} lines`);
    expect(tooLarge).toEqual([]);
  });
});
