import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../renderer/src/features/monthly-entry/parseAmount';

describe('parseAmount', () => {
  it.each([
    ['', null],
    ['10000', 10000],
    ['12 345,6', 12345.6],
    ['12,345.6', 12345.6],
    ['3,5', 3.5],
    ['1e3', 1000],
  ])('reads %j as %j', (text, expected) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['abc', 'notANumber'],
    ['=1+1', 'notANumber'],
    ['-5', 'negative'],
    ['1e13', 'tooLarge'],
    ['NaN', 'notANumber'],
  ])('refuses %j with %s', (text, error) => {
    expect(parseAmount(text)).toEqual({ ok: false, error });
  });
});
