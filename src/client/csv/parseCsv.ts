/**
 * A CSV reader for what Excel and LibreOffice write: fields separated by a comma or a
 * semicolon (Excel in kk and ru locales uses ';', since ',' is their decimal mark) or a tab
 * ("Unicode text"), records ended by CRLF, LF or CR. A field in double quotes may hold the
 * separator, line breaks and doubled quotes (""). Leniently, like Excel, a quote inside an
 * unquoted field is an ordinary character, and text after a closing quote is kept.
 *
 * Blank lines are kept as records, so a record's index + 1 is the row number Excel shows.
 */

export const CsvSeparator = { semicolon: ';', comma: ',', tab: '\t' } as const;
export type CsvSeparator = (typeof CsvSeparator)[keyof typeof CsvSeparator];

export interface ParsedCsv {
  /** Records in file order; each a list of cells, unquoted, not trimmed. */
  readonly records: readonly (readonly string[])[];
  /** Whether the file ended inside a quoted field (the last record is then unreliable). */
  readonly hasUnterminatedQuote: boolean;
}

/**
 * The separator of the file, judged from its first record (the header): whichever of
 * ';', ',' and tab occurs most outside quotes. Ties, and a header with none, go to ';',
 * what Excel writes in Kazakh and Russian locales.
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>([
    [CsvSeparator.semicolon, 0],
    [CsvSeparator.comma, 0],
    [CsvSeparator.tab, 0],
  ]);
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvSeparator = CsvSeparator.semicolon;
  for (const sep of [CsvSeparator.comma, CsvSeparator.tab]) {
    if ((counts.get(sep) ?? 0) > (counts.get(best) ?? 0)) best = sep;
  }
  return best;
}

export function parseCsv(text: string, separator: CsvSeparator): ParsedCsv {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  /** Whether the current record has any character yet (so a final newline ends no extra record). */
  let recordStarted = false;
  let i = 0;
  const n = text.length;

  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    recordStarted = false;
  };

  while (i < n) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
      recordStarted = true;
    } else if (ch === separator) {
      endField();
      recordStarted = true;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += ch;
      recordStarted = true;
    }
    i += 1;
  }
  if (inQuotes || recordStarted || field !== '') endRecord();
  return { records, hasUnterminatedQuote: inQuotes };
}
