/** How many bytes of a built file each source of its source map accounts for (what source-map-explorer does). */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one Base64 VLQ segment of a source map's `mappings`. */
export function decodeVlqSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`not a base64 VLQ digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export interface SourceMap {
  sources: string[];
  mappings: string;
}

/**
 * Bytes (UTF-8) of `code` per source of its map: each mapped segment owns the text up to the next segment of its
 * line; text before a line's first segment, and line breaks, are `(unmapped)`.
 */
export function bytesPerSource(code: string, map: SourceMap): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (source: string, text: string) => {
    const size = Buffer.byteLength(text);
    if (size > 0) totals.set(source, (totals.get(source) ?? 0) + size);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  lines.forEach((line, lineIndex) => {
    if (lineIndex < lines.length - 1) add('(unmapped)', '\n');
    let column = 0;
    const segments: { column: number; source: string | null }[] = [];
    for (const segment of (mappingLines[lineIndex] ?? '').split(',')) {
      if (segment === '') continue;
      const fields = decodeVlqSegment(segment);
      column += fields[0]!;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        segments.push({ column, source: map.sources[sourceIndex] ?? null });
      } else {
        segments.push({ column, source: null });
      }
    }
    add('(unmapped)', line.slice(0, segments[0]?.column ?? line.length));
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.column ?? line.length;
      add(segment.source ?? '(unmapped)', line.slice(segment.column, end));
    });
  });
  return totals;
}
