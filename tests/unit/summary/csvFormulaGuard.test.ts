import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from '../../../utils/summary/csv';

/** What a spreadsheet would run as a formula: =, +, -, @ (and their full-width forms), tab or CR, after any spaces. */
const DANGEROUS = [
  '=1+1',
  '+1',
  '-2+3',
  '@SUM(A1)',
  ' =1',
  '\u00a0=1',
  '\u3000=1',
  '\uff1d1',
  '\uff0b1',
  '\uff0d1',
  '\uff201',
  '\t=1',
  '\r=1',
];

describe('the CSV formula guard', () => {
  it.each(DANGEROUS)('writes %j as text a spreadsheet will not run', (cell) => {
    const written = csvField(cell);
    const [[read]] = parseCsv(`${written}\r\n`) as [[string]];
    expect(read.startsWith("'")).toBe(true);
    expect(read.slice(1)).toBe(cell);
  });

  it('leaves numbers, negative ones included, and plain text as they are', () => {
    for (const cell of ['12.5', '-3', '0', '1e-7', '学习强国', '2026-W47', 'hours.total']) {
      expect(csvField(cell)).toBe(cell);
    }
  });

  it('never lets a written cell start with a formula character, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = parseCsv(`${csvField(text)}\r\n`)?.[0]?.[0] ?? '';
        const numeric = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text);
        if (!numeric) expect(read).not.toMatch(/^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/);
      }),
      { numRuns: 500 },
    );
  });
});
