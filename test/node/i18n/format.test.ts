import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMonth,
  formatDateTime,
  formatMnt,
  formatNumber,
  formatPercent,
} from '../../../renderer/src/i18n/format';

// Intl may use narrow no-break spaces as group separators; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting per language', () => {
  it('formats numbers with each locale’s separators', () => {
    expect(plain(formatNumber(1234567.891, 'en', 2))).toBe('1,234,567.89');
    const mn = plain(formatNumber(1234567.891, 'mn', 2));
    expect(mn).toMatch(/^1[ ,.]234[ ,.]567[.,]89$/);
  });

  it('writes MNT as whole tögrög with the ₮ sign', () => {
    expect(plain(formatMnt(792000, 'en'))).toBe('792,000 ₮');
    expect(plain(formatMnt(792000.6, 'en'))).toBe('792,001 ₮');
    expect(plain(formatMnt(792000, 'mn'))).toMatch(/^792[ ,.]000 ₮$/);
  });

  it('formats percentages and dates', () => {
    expect(formatPercent(20, 'en')).toBe('20%');
    expect(formatPercent(12.345, 'mn', 1)).toMatch(/^12[.,]3%$/);
    // Never 01/04/2025, which reads as 4 January in some places and 1 April in others.
    expect(formatDate('2025-04-01', 'en')).toBe('1 April 2025');
    expect(formatDateTime('2025-04-01T08:05:09Z', 'en')).toMatch(/^[12] April 2025/);
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
    expect(formatMonth('2026-03', 'mn')).toBe('2026.03');
    // Mongolian is year first with dots, the same in every runtime (Chromium has no mn patterns).
    expect(formatDate('2025-04-01', 'mn')).toBe('2025.04.01');
    // 23:30 UTC on New Year's Eve is 07:30 on 1 January in Ulaanbaatar: the bank's day
    expect(formatDate('2025-12-31T23:30:00Z', 'mn')).toBe('2026.01.01');
    expect(formatDate('2025-12-31T15:30:00Z', 'en')).toBe('31 December 2025');
    expect(formatDateTime('2025-04-01T08:05:09Z', 'mn')).toMatch(
      /^2025\.04\.0[12] \d\d:\d\d:\d\d$/,
    );
  });

  it('never shows NaN or Infinity', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
    expect(formatMnt(Number.POSITIVE_INFINITY, 'mn')).toBe('—');
  });
});
