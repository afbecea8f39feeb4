// Who reports a public opinion, without saying who: a random key this browser keeps. The API stores only a one-way
// hash of it, and allows one report per opinion and key.

export const reporterKeyStorage = 'md.reporterKey';

// 64 characters, so a random byte's low six bits pick one without bias.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const length = 32;

type RandomSource = Pick<Crypto, 'getRandomValues'>;

/** A new random key of 32 URL-safe characters (192 bits). */
export function createReporterKey(random: RandomSource = crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b & 63]).join('');
}

/** A key the API accepts (16–200 characters) that this code could have made. */
export function isReporterKey(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length >= 16 && value.length <= 200 && /^[A-Za-z0-9_-]+$/.test(value);
}

let inMemory: string | undefined;

/**
 * This browser's key: created once and kept in localStorage. When storage is unavailable (blocked, private mode) the
 * key lasts as long as the page.
 */
export function reporterKey(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage, random?: RandomSource): string {
  try {
    const stored = storage?.getItem(reporterKeyStorage);
    if (isReporterKey(stored)) return stored;
    const key = createReporterKey(random);
    storage?.setItem(reporterKeyStorage, key);
    if (storage) return key;
  } catch {
    // Storage refused: fall back to a key for this page.
  }
  inMemory ??= createReporterKey(random);
  return inMemory;
}
