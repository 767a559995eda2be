import { readMetricCell } from '../../../shared/workbook/cellRead';
import type { RawSheet } from '../../../shared/workbook/raw';

// A figure typed as text into a returned workbook is read by the app's one number rule
// (shared/units/parseNumber.ts), as the grid and the forms read it.
const sheet = (v: string | number): RawSheet => ({
  name: 'Metrics',
  state: 'visible',
  rows: [[v]],
});
const read = (v: string | number) => readMetricCell(sheet(v), 1, 1);

describe('readMetricCell reads typed text with the one number parser', () => {
  it('a decimal comma is a decimal, as Excel writes it in Mongolian', () => {
    // the old reader dropped every comma: "12,5" became 125
    expect(read('12,5')).toEqual({ after: 12.5, valid: true });
  });
  it('thousands grouped by commas, dots or spaces', () => {
    expect(read('12,345')).toEqual({ after: 12345, valid: true });
    expect(read('1.234.567')).toEqual({ after: 1234567, valid: true });
    expect(read('1 234,5')).toEqual({ after: 1234.5, valid: true });
    expect(read('-40')).toEqual({ after: -40, valid: true });
  });
  it('text that is no number stays text, marked invalid', () => {
    expect(read('12 %')).toEqual({ after: '12 %', valid: false });
    expect(read('about 5')).toEqual({ after: 'about 5', valid: false });
  });
});
