import { attachmentDisposition, CSV_BOM, csvCell, csvLine } from './csv.util';

describe('csv.util', () => {
  it('quotes text and doubles quotes inside it', () => {
    expect(csvCell('Anna')).toBe('"Anna"');
    expect(csvCell('Say "hej", then go')).toBe('"Say ""hej"", then go"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each([['=1+1'], ['+46 70'], ['-2'], ['@SUM(A1)'], ['\tx'], ['\rx']])(
    'guards %p against formula injection',
    (text) => {
      expect(csvCell(text)).toBe(`"'${text}"`);
    },
  );

  it('leaves numbers plain and writes empty cells for null, dates as ISO', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(new Date('2026-01-02T03:04:05.000Z'))).toBe('"2026-01-02T03:04:05.000Z"');
  });

  it('ends lines with CRLF and has a UTF-8 byte-order mark for Excel', () => {
    expect(csvLine(['a', 1, null])).toBe('"a",1,\r\n');
    expect(CSV_BOM).toBe('\uFEFF');
  });

  it('names the attachment in ASCII and in UTF-8', () => {
    expect(attachmentDisposition('kvittenser-Årsmöte "x".csv')).toBe(
      `attachment; filename="kvittenser-Arsmote _x_.csv"; filename*=UTF-8''kvittenser-%C3%85rsm%C3%B6te%20%22x%22.csv`,
    );
  });
});
