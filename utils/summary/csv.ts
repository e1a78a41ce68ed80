/** RFC 4180 CSV: quoting a field and splitting text into records, for the summary and the merged report. */

export const CSV_LINE_END = '\r\n';

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces; inner quotes are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/**
 * Splits CSV text into records of fields; CRLF or LF line ends, quoted fields may hold line breaks.
 * Blank lines are skipped. Returns null when a quote is left open or stray text follows a closing quote.
 */
export function parseCsv(text: string): string[][] | null {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    field = '';
    afterQuote = false;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index++;
      } else {
        quoted = false;
        afterQuote = true;
      }
    } else if (char === ',') {
      record.push(field);
      field = '';
      afterQuote = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
    } else if (afterQuote) {
      return null;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else {
      field += char;
    }
  }
  if (quoted) return null;
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
