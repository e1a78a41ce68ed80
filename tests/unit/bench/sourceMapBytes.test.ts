import { describe, expect, it } from 'vitest';
import { bytesPerSource, decodeVlqSegment } from '../../bench/sourceMapBytes';

describe("the bench's source map attribution", () => {
  it('decodes Base64 VLQ segments, signs and continuation digits included', () => {
    expect(decodeVlqSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlqSegment('CCAD')).toEqual([1, 1, 0, -1]);
    expect(decodeVlqSegment('gB')).toEqual([16]);
  });

  it('gives each source the bytes up to the next segment of its line, in UTF-8', () => {
    // Line 1: `a` from a.ts, `b中` from b.ts; line 2: `cd` from b.ts (the source index carries over lines).
    const totals = bytesPerSource('ab中\ncd', { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,CCAA;AAAA' });
    expect(Object.fromEntries(totals)).toEqual({ 'a.ts': 1, 'b.ts': 6, '(unmapped)': 1 });
  });

  it('counts code no segment maps, and a file without mappings, as unmapped', () => {
    const totals = bytesPerSource('xyz', { sources: [], mappings: '' });
    expect(Object.fromEntries(totals)).toEqual({ '(unmapped)': 3 });
  });
});
