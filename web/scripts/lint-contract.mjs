// Lints contracts/openapi.json with two peers' linters, as an outside integrator would: Spectral (spectral:oas) and
// Redocly (recommended). Fails on any error or warning from either; a rule switched off is listed, with its reason,
// in contracts/.spectral.yaml or contracts/redocly.yaml.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const contracts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../contracts');
const document = path.join(contracts, 'openapi.json');
const bin = (name) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin', name);

function run(name, args) {
  try {
    return execFileSync(bin(name), args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // No request leaves the machine: Redocly's telemetry and update check are off.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
    });
  } catch (error) {
    // Both exit non-zero on errors; their JSON report is still on stdout.
    return error.stdout ?? '';
  }
}

const spectral = JSON.parse(run('spectral', ['lint', '-q', '-f', 'json', '-r', path.join(contracts, '.spectral.yaml'), document]).trim() || '[]');
const redocly = JSON.parse(run('redocly', ['lint', '--format', 'json', '--config', path.join(contracts, 'redocly.yaml'), document]) || '{"problems":[]}').problems;

const problems = [
  ...spectral.map((p) => `spectral ${['error', 'warning', 'info', 'hint'][p.severity]} ${p.code}: ${p.message} (${p.path.join('.')})`),
  ...redocly.map((p) => `redocly ${p.severity} ${p.ruleId}: ${p.message} (${p.location?.[0]?.pointer ?? ''})`),
];
for (const line of problems) console.error(line);
const count = (list, severities) => list.filter((p) => severities.includes(p.severity)).length;
console.log(
  `Contract lint: Spectral ${count(spectral, [0])} errors, ${count(spectral, [1])} warnings; ` +
    `Redocly ${count(redocly, ['error'])} errors, ${count(redocly, ['warn'])} warnings.`,
);
process.exit(problems.length === 0 ? 0 : 1);
