import { createReporterKey, isReporterKey, reporterKey, reporterKeyStorage } from './reporterKey';

const fixed = (byte: number) => ({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => (new Uint8Array(array!.buffer).fill(byte), array) });

describe('the reporter key', () => {
  it('is 32 URL-safe characters from the random source', () => {
    const key = createReporterKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(createReporterKey()).not.toBe(key);
    // Each byte's low six bits pick a character: 0 → "A", 63 → "_", 64 → "A" again.
    expect(createReporterKey(fixed(0))).toBe('A'.repeat(32));
    expect(createReporterKey(fixed(63))).toBe('_'.repeat(32));
    expect(createReporterKey(fixed(64))).toBe('A'.repeat(32));
  });

  it('is created once per browser and kept in localStorage', () => {
    const first = reporterKey();
    expect(localStorage.getItem(reporterKeyStorage)).toBe(first);
    expect(reporterKey()).toBe(first);
  });

  it('replaces a stored value the API would refuse', () => {
    localStorage.setItem(reporterKeyStorage, 'short');
    const key = reporterKey();
    expect(key).toHaveLength(32);
    expect(localStorage.getItem(reporterKeyStorage)).toBe(key);
  });

  it('lasts for the page when storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const key = reporterKey(refusing);
    expect(isReporterKey(key)).toBe(true);
    expect(reporterKey(refusing)).toBe(key);
  });

  it('accepts only keys of 16–200 URL-safe characters', () => {
    expect(isReporterKey('a'.repeat(16))).toBe(true);
    expect(isReporterKey('a'.repeat(15))).toBe(false);
    expect(isReporterKey('a'.repeat(201))).toBe(false);
    expect(isReporterKey('a'.repeat(20) + ' ')).toBe(false);
    expect(isReporterKey(null)).toBe(false);
  });
});
