import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXPIRY_WARNING_DAYS,
  permitExpiry,
} from '../../../../renderer/src/features/profile/permitStatus';

describe('permitExpiry', () => {
  it('counts calendar days and flags expired and expiring permits', () => {
    expect(permitExpiry('2025-03-31', '2025-04-01')).toEqual({ state: 'expired', daysLeft: -1 });
    // Valid on its last day.
    expect(permitExpiry('2025-04-01', '2025-04-01')).toEqual({ state: 'expiring', daysLeft: 0 });
    // 2025-04-01 + 90 days = 2025-06-30 (30 + 31 + 29 in April, May, June).
    expect(permitExpiry('2025-06-30', '2025-04-01')).toEqual({ state: 'expiring', daysLeft: 90 });
    expect(permitExpiry('2025-07-01', '2025-04-01')).toEqual({ state: 'valid', daysLeft: 91 });
    // Across a leap day: 2024-02-28 → 2024-03-01 is two days.
    expect(permitExpiry('2024-03-01', '2024-02-28').daysLeft).toBe(2);
  });

  it('treats a missing or unreadable date as no expiry', () => {
    expect(permitExpiry(undefined, '2025-01-01').state).toBe('noExpiry');
    expect(permitExpiry('', '2025-01-01').state).toBe('noExpiry');
    expect(permitExpiry('01/02/2025', '2025-01-01').state).toBe('noExpiry');
  });

  it('is expiring exactly when 0 ≤ days left ≤ 90', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        (offset, d) => {
          const today = d.toISOString().slice(0, 10);
          const end = new Date(Date.parse(today) + offset * 86_400_000).toISOString().slice(0, 10);
          const r = permitExpiry(end, today);
          expect(r.daysLeft).toBe(offset);
          const expected =
            offset < 0 ? 'expired' : offset <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
          expect(r.state).toBe(expected);
        },
      ),
    );
  });
});
