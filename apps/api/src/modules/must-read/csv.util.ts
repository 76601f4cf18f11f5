/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends). Every text cell is quoted; a cell that a
 * spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return) gets a
 * leading apostrophe first, so a name like `=HYPERLINK(…)` stays text (OWASP "CSV injection").
 */
export type CsvValue = string | number | Date | null | undefined;

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = value instanceof Date ? value.toISOString() : value;
  const guarded = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${guarded.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A file name for Content-Disposition: ASCII fallback plus the RFC 5987 UTF-8 form. */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;]/g, '_') || 'download.csv';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
