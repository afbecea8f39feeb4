import { describe, expect, it } from 'vitest';
import { hasClosed, hasOpened } from './lifecycle';

describe('the life of a dialogue', () => {
  it('counts a decided dialogue and one with feedback published as closed', () => {
    expect(hasClosed('closed')).toBe(true);
    expect(hasClosed('decided')).toBe(true);
    expect(hasClosed('feedbackPublished')).toBe(true);
    expect(hasClosed('open')).toBe(false);
    expect(hasClosed('cancelled')).toBe(false);
  });

  it('counts open and every later step as opened, never a draft, an announcement or a cancellation', () => {
    expect(hasOpened('open')).toBe(true);
    expect(hasOpened('feedbackPublished')).toBe(true);
    expect(hasOpened('draft')).toBe(false);
    expect(hasOpened('announced')).toBe(false);
    expect(hasOpened('cancelled')).toBe(false);
  });
});
