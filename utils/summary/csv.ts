/** RFC 4180 CSV: quoting a field and splitting text into records, for the summary and the merged report. */

export const CSV_LINE_END = '\r\n';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, their full-width forms, or a tab or CR first, also after
 * leading spaces of any width): such text never comes from the extension, but a merged report copies text from
 * other people's files, so it is written with a leading apostrophe and shown as text (OWASP's CSV injection advice).
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/;

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces; inner quotes are doubled. */
export function csvField(text: string): string {
  const value = FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

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
