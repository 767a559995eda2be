import { describe, expect, it } from 'vitest';
import { parseNumber, parseSignedNumber } from '../../../shared/units/parseNumber';

// One rule for the grid, quick entry, the profile form and the green project form.
describe('parseNumber', () => {
  it.each([
    ['', null],
    ['10000', 10000],
    ['12 345,6', 12345.6],
    ['12,345.6', 12345.6],
    ['1 250 000', 1_250_000],
    ['1,250,000', 1_250_000],
    ['1.250.000,5', 1_250_000.5],
    ['1.234,5', 1234.5],
    ['3,5', 3.5],
    ['12.5', 12.5],
    ['1e3', 1000],
    ['250 000 000₮', 250_000_000],
    ['12\u202f500', 12500],
    // The twin parsers disagreed here: the profile form read 12345, the grid 12.345.
    ['12.345', 12.345],
    // And "1e3" was refused by the profile form only.
    ['1E+3', 1000],
  ])('reads %j as %j', (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['-', 'incomplete'],
    [',', 'incomplete'],
    ['abc', 'notANumber'],
    ['12a', 'notANumber'],
    ['=1+1', 'notANumber'],
    ['1,2,3', 'notANumber'],
    ['NaN', 'notANumber'],
    ['-5', 'negative'],
    ['\u22125', 'negative'],
    ['1e13', 'tooLarge'],
    ['1e999', 'tooLarge'],
  ])('refuses %j with %s', (text, error) => {
    expect(parseNumber(text)).toEqual({ ok: false, error });
  });
});

describe('parseSignedNumber (the workshop’s percentage changes)', () => {
  it('reads a sign and a trailing % with the same separators as parseNumber', () => {
    expect(parseSignedNumber('-25')).toEqual({ ok: true, value: -25 });
    expect(parseSignedNumber('−12,5 %')).toEqual({ ok: true, value: -12.5 });
    expect(parseSignedNumber('+10%')).toEqual({ ok: true, value: 10 });
    expect(parseSignedNumber('1,000')).toEqual({ ok: true, value: 1000 });
    expect(parseSignedNumber('')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a number and a lone sign', () => {
    expect(parseSignedNumber('abc')).toEqual({ ok: false, error: 'notANumber' });
    expect(parseSignedNumber('-')).toEqual({ ok: false, error: 'incomplete' });
    expect(parseSignedNumber('--5').ok).toBe(false);
  });
});
