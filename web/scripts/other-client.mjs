// Reads contracts/openapi.json with another generator than the SPA's (openapi-typescript, not NSwag), as an outside
// integrator would, and type-checks a small client of the generated types: the whole lifecycle of a dialogue, one path
// per resource (by id, the slug on its own path), the problem document with its code and field errors, the
// security of a staff operation. Fails on any generator error or type error.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const contractPath = path.resolve(here, '../../contracts/openapi.json');
const contract = JSON.parse(readFileSync(contractPath, 'utf8'));
const out = mkdtempSync(path.join(tmpdir(), 'other-client-'));

writeFileSync(path.join(out, 'schema.ts'), astToString(await openapiTS(contract)));
writeFileSync(
  path.join(out, 'consumer.ts'),
  `import type { components, operations, paths } from './schema';

type Status = components['schemas']['DialogueStatus'];
type Phase = components['schemas']['DialoguePhase'];
// The life of a dialogue, to its end: a status the contract does not have would not compile.
export const lifecycle: Status[] = ['draft', 'announced', 'open', 'closed', 'decided', 'feedbackPublished', 'cancelled'];
export const decidedPhase: Phase = 'decided';

// One path shape per resource: by id, and the slug on its own path.
type ById = paths['/api/dialogues/{id}']['get']['responses']['200']['content']['application/json'];
type BySlug = paths['/api/dialogue-slugs/{slug}']['get']['responses']['200']['content']['application/json'];
export const same = (d: ById): BySlug => d;
export const statusOf = (d: ById): Status => d.status;

// A refusal a program can read: a stable code, the trace id, and field errors with codes and parameters.
type Problem = operations['AnnounceDialogue']['responses']['400']['content']['application/problem+json'];
export function firstFieldCode(p: Problem): string {
  const code: string = p.code;
  const trace: string = p.traceId;
  const field = p.fieldErrors?.[0];
  return [code, trace, field?.field, field?.code, field?.params['max']].join(' ');
}
type Forbidden = operations['CloseDialogue']['responses']['403']['content']['application/problem+json'];
export const forbiddenCode = (p: Forbidden): string => p.code;
`,
);

const program = ts.createProgram([path.join(out, 'consumer.ts')], {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  skipLibCheck: true,
});
const diagnostics = ts.getPreEmitDiagnostics(program);
for (const d of diagnostics) console.error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));

// Who may call what, in the contract itself: every operation names its security (an empty requirement = anyone).
const unsecured = Object.entries(contract.paths).flatMap(([p, ops]) =>
  Object.entries(ops).filter(([, op]) => !Array.isArray(op.security)).map(([m]) => `${m.toUpperCase()} ${p}`),
);
for (const op of unsecured) console.error(`no security requirement: ${op}`);

const operations = Object.values(contract.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
console.log(`Another generator (openapi-typescript): ${operations} operations, ${diagnostics.length} type errors, ${unsecured.length} without security.`);
process.exit(diagnostics.length === 0 && unsecured.length === 0 ? 0 : 1);
