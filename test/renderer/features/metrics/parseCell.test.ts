import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isBlock,
  parseCellText,
  parseClipboardBlock,
  parseNcvText,
  planPaste,
} from '../../../../renderer/src/features/metrics/parseCell';

describe('parseCellText', () => {
  it.each([
    ['12500', 12500],
    ['12 500', 12500],
    ['12\u00a0500,5', 12500.5],
    ['12,500', 12500],
    ['1,234,567.25', 1234567.25],
    ['1.234.567,25', 1234567.25],
    ['1.234,5', 1234.5],
    ['12,5', 12.5],
    ['0,75', 0.75],
    ['1.5', 1.5],
    ['1e3', 1000],
    ['  42  ', 42],
    ['', null],
  ])('reads %j as %s', (text, value) => {
    expect(parseCellText(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'notANumber'],
    ['12a', 'notANumber'],
    ['1,2,3', 'notANumber'],
    ['-5', 'negative'],
    ['\u22125', 'negative'],
    ['2e12', 'tooLarge'],
    ['1e999', 'tooLarge'],
    // A lone minus was read as empty, so typing "-" over 1800 queued a delete (issue 18).
    ['-', 'incomplete'],
    ['\u2212', 'incomplete'],
    [',', 'incomplete'],
  ])('refuses %j with %s', (text, error) => {
    expect(parseCellText(text)).toEqual({ ok: false, error });
  });

  it('reads back any non-negative number written plainly or with a decimal comma', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (x) => {
        const v = Number(x.toFixed(3));
        expect(parseCellText(String(v))).toEqual({ ok: true, value: v });
        const comma = String(v).replace('.', ',');
        // "1,234" alone is read as a thousands group, the way Excel's English format writes it.
        if (!/^\d{1,3},\d{3}$/.test(comma))
          expect(parseCellText(comma)).toEqual({ ok: true, value: v });
      }),
    );
  });

  it('checks the calorific value band', () => {
    expect(parseNcvText('3 400')).toEqual({ ok: true, value: 3400 });
    expect(parseNcvText('340')).toEqual({ ok: false, error: 'ncvRange' });
    expect(parseNcvText('9000')).toEqual({ ok: false, error: 'ncvRange' });
  });
});

describe('clipboard blocks', () => {
  it('splits an Excel block and drops the trailing newline', () => {
    const text = '10\t20\t30\r\n"1 000,5"\t\t7\r\n';
    expect(isBlock(text)).toBe(true);
    expect(parseClipboardBlock(text)).toEqual([
      ['10', '20', '30'],
      ['1 000,5', '', '7'],
    ]);
  });

  it('treats a single copied cell (with Excel’s newline) as one value', () => {
    expect(isBlock('123\r\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
  });

  it('places a block from the start cell and drops what falls outside', () => {
    const block = [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ];
    const { targets, dropped } = planPaste(block, { row: 4, col: 10 }, { rows: 5, cols: 12 });
    expect(targets).toEqual([
      { row: 4, col: 10, text: 'a' },
      { row: 4, col: 11, text: 'b' },
    ]);
    expect(dropped).toBe(4);
  });
});
