import { describe, expect, it } from 'vitest';
import { countdown } from './confirmation-banner';

describe('countdown', () => {
  it('shows the time left as m:ss, h:mm:ss past an hour, rounding a started second up and never below zero', () => {
    expect(countdown(599_001)).toBe('10:00');
    expect(countdown(59_000)).toBe('0:59');
    expect(countdown(3_725_000)).toBe('1:02:05');
    expect(countdown(-5)).toBe('0:00');
  });
});
