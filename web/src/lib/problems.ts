// Problem documents in words (house rule 12): the API answers with a stable `code` and, for invalid input, field
// errors each with the field's JSON path in the request as sent (`text`, `background.district`, `links[0].url`), a
// `code` and its `params`. Here they become catalogue words — `problem.<code>` and `field.<code>` — placed at the
// form's fields. The API's English `title`, `detail` and `message` are for logs and are never shown.
import type { FieldError } from '../api/client';
import type { ApiProblem } from '../api/http';
import type { MessageKey, Words } from '../i18n/catalogue';
import { isMessageKey } from '../i18n/i18n';

export type { Words };

/** A form's errors in words: by the form's own field name, and those no single field owns. */
export interface FormErrors {
  fields: Record<string, Words[]>;
  general: Words[];
}

export const noErrors: FormErrors = { fields: {}, general: [] };

/** One step of a field's path: a member's name or a list's index. */
export type PathStep = string | number;

/**
 * A field's path as the API names it, in steps: `links[0].url` → ['links', 0, 'url'], `background.district` →
 * ['background', 'district'], `$` (the whole body) → []. Read character by character; an index that is not a whole
 * number stays a name (`answers[q1]` → ['answers', 'q1']).
 */
export function parseFieldPath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  let name = '';
  let inIndex = false;
  const flush = () => {
    if (name === '') return;
    const index = Number(name);
    steps.push(inIndex && Number.isInteger(index) && name.trim() === name ? index : name);
    name = '';
  };
  for (const char of path === '$' ? '' : path.startsWith('$.') ? path.slice(2) : path) {
    if (char === '.' && !inIndex) flush();
    else if (char === '[' && !inIndex) {
      flush();
      inIndex = true;
    } else if (char === ']' && inIndex) {
      flush();
      inIndex = false;
    } else name += char;
  }
  flush();
  return steps;
}

/** The words for a problem's code; a code without words of its own is said by its status, never in the API's English. */
export function problemWords(problem: Pick<ApiProblem, 'code' | 'status'>): Words {
  const key = `problem.${problem.code}`;
  if (problem.code && isMessageKey(key)) return { key };
  if (problem.status === 0) return { key: 'problem.network' };
  if (problem.status === 401) return { key: 'problem.auth.required' };
  if (problem.status === 403) return { key: 'problem.auth.forbidden' };
  if (problem.status === 404) return { key: 'problem.resource.notFound' };
  if (problem.status === 409) return { key: 'problem.resource.conflict' };
  if (problem.status === 429) return { key: 'problem.rateLimit.exceeded' };
  if (problem.status >= 500) return { key: 'problem.server.unexpected' };
  return { key: 'problem.unknown' };
}

/** The API sends every parameter as text: a whole number among them (a limit: "1000") becomes a number, shown as the
 * reader's language writes it ("1 000"); "00123" stays text. */
const numbersOf = (params: Record<string, string>): Record<string, string | number> =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [name, /^-?(0|[1-9]\d*)$/.test(value) ? Number(value) : value]));

/**
 * The words for one field error: `field.<code>` with its parameters. A parameter naming another field (`other`,
 * `mustBeBefore`'s "closesAt") is said with that field's label when the form gives one (`label`).
 */
export function fieldErrorWords(error: Pick<FieldError, 'code' | 'params'>, label?: (path: string) => string | undefined): Words {
  const params = numbersOf(error.params ?? {});
  const other = error.params?.other;
  const withOther = `field.${error.code}.other`;
  if (other !== undefined && isMessageKey(withOther)) return { key: withOther, params: { ...params, other: label?.(other) ?? other } };
  const key = `field.${error.code}`;
  return isMessageKey(key) ? { key, params } : { key: 'field.invalid', params };
}

/**
 * Places a refused request's problem at a form's fields. `fieldOf` turns a field error's path (in steps, and as
 * the API wrote it) into the form's name for that field, or undefined when the form has no such field: its words
 * then go to the general errors. A problem without field errors is said once, in general.
 */
export function placeProblem(
  problem: ApiProblem,
  fieldOf: (path: PathStep[], field: string) => string | undefined = () => undefined,
  label?: (field: string) => string | undefined,
): FormErrors {
  if (problem.fieldErrors.length === 0) return { fields: {}, general: [problemWords(problem)] };
  const placed: FormErrors = { fields: {}, general: [] };
  for (const error of problem.fieldErrors) {
    const name = fieldOf(parseFieldPath(error.field), error.field);
    const words = fieldErrorWords(error, (path) => {
      const other = fieldOf(parseFieldPath(path), path);
      return other === undefined ? undefined : label?.(other);
    });
    if (name === undefined) placed.general.push(words);
    else placed.fields[name] = [...(placed.fields[name] ?? []), words];
  }
  return placed;
}

/** A path of steps written back as the API writes it: ['links', 0, 'url'] → `links[0].url`. */
export function fieldPath(steps: readonly PathStep[]): string {
  return steps.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

/** `fieldOf` for a form whose fields are named by their paths in the request (`committee`, `links[0].url`). */
export const byPath = (known: (field: string) => boolean) => (steps: PathStep[]) => {
  const field = fieldPath(steps);
  return known(field) ? field : undefined;
};

/** Whether any error is placed, at a field or in general. */
export const hasErrors = (errors: FormErrors) => errors.general.length > 0 || Object.values(errors.fields).some((list) => list.length > 0);

/** The browser's own checks (message keys by the form's field name) as a form's errors. */
export function checkedErrors(checked: Record<string, MessageKey[]>, general: MessageKey[] = []): FormErrors {
  return {
    fields: Object.fromEntries(Object.entries(checked).map(([field, keys]) => [field, keys.map((key) => ({ key }))])),
    general: general.map((key) => ({ key })),
  };
}
