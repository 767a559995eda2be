import { describe, expect, it } from 'vitest';
import {
  figuresFrom,
  requiredNumber,
} from '../../../../renderer/src/features/officer-application/green/FiguresFields';

describe('the officer’s project figures read numbers as every other form does', () => {
  it('follows the one shared rule for separators', () => {
    // A decimal comma, as Excel writes it in Mongolian: 12,5 is twelve and a half (was 125).
    expect(requiredNumber('12,5')).toBe(12.5);
    expect(requiredNumber('12,345')).toBe(12345);
    expect(requiredNumber('1.234.567')).toBe(1234567);
    expect(requiredNumber('1e3')).toBe(1000);
  });
  it('refuses empty, negative and non-numbers', () => {
    expect(requiredNumber('')).toBeNull();
    expect(requiredNumber('-4')).toBeNull();
    expect(requiredNumber('abc')).toBeNull();
  });
  it('applies a draft only when every figure reads', () => {
    const base = {
      productionKg: 1,
      electricityKwh: 1,
      heatGcal: 1,
      coalT: 1,
      dieselL: 1,
      waterM3: 1,
      lpgKg: 7,
    };
    const draft = {
      productionKg: '100',
      electricityKwh: '2,5',
      heatGcal: '0',
      coalT: '3',
      dieselL: '4',
      waterM3: '5',
    };
    expect(figuresFrom(draft, base)).toEqual({
      ...base,
      productionKg: 100,
      electricityKwh: 2.5,
      heatGcal: 0,
      coalT: 3,
      dieselL: 4,
      waterM3: 5,
    });
    expect(figuresFrom({ ...draft, coalT: '' }, base)).toBeNull();
  });
});
