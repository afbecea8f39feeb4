// The typed side of the catalogues: which keys exist (from the Swedish files, the source language), the languages,
// and keys for the API's enum values. A key used in code that no Swedish catalogue has is a type error.
import type { DialogueForm, DialogueStatus, TargetGroup } from '../api/client';

// Every Swedish catalogue (a test checks none is left out): adding an area's catalogue is adding its line here.
type Catalogues =
  typeof import('./locales/sv.json') &
  typeof import('../features/about/locales/sv.json') &
  typeof import('../features/accounts/locales/sv.json') &
  typeof import('../features/compliance/locales/sv.json') &
  typeof import('../features/decision/locales/sv.json') &
  typeof import('../features/dialogue-admin/locales/sv.json') &
  typeof import('../features/dialogues/locales/sv.json') &
  typeof import('../features/embed/locales/sv.json') &
  typeof import('../features/feedback/locales/sv.json') &
  typeof import('../features/follows/locales/sv.json') &
  typeof import('../features/local-mail/locales/sv.json') &
  typeof import('../features/moderation/locales/sv.json') &
  typeof import('../features/officials/locales/sv.json') &
  typeof import('../features/opinions/locales/sv.json') &
  typeof import('../features/questionnaire/locales/sv.json') &
  typeof import('../features/results/locales/sv.json') &
  typeof import('../features/staff-opinions/locales/sv.json') &
  typeof import('../features/transparency/locales/sv.json') &
  typeof import('../features/webhooks/locales/sv.json');

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A catalogue key without its plural suffix: `wait.seconds_one` and `wait.seconds_other` are `wait.seconds`. */
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

export type MessageKey = WithoutPlural<Extract<keyof Catalogues, string>>;

/** A language the UI speaks: one with catalogue files (`sv`, `en` …; the list is `languages` in resources.ts). */
export type Language = import('./languages').LanguageCode;

/** The source language: the default, and the fallback for a word another language lacks. */
export const sourceLanguage: Language = 'sv';

/** Words to show: a catalogue key and its parameters, said in the UI's language when rendered. */
export interface Words {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export const formKey = (form: DialogueForm): MessageKey => `form.${form}`;
export const groupKey = (group: TargetGroup): MessageKey => `group.${group}`;
export const statusKey = (status: DialogueStatus): MessageKey => `status.${status}`;
