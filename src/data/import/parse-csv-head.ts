/**
 * A small RFC 4180 tokenizer for the first records of a CSV text: enough to sniff the delimiter, read the
 * header and recognise Qualtrics' extra header rows. The bulk of the file is parsed by DuckDB's reader.
 * Quotes are `"` doubled inside quoted fields; a line break inside quotes stays in the field.
 *
 * Complexity: O(characters of the sample).
 * @example parseCsvHead('a;b\n1;"x;y"\n', ';', 10) // → { records: [['a','b'],['1','x;y']], complete: true }
 */
export interface CsvHead {
  readonly records: string[][];
  /** False when the sample ended inside the last record (that record is dropped). */
  readonly complete: boolean;
}

export function parseCsvHead(text: string, delimiter: string, maxRecords: number, sampleIsWholeFile = true): CsvHead {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    records.push(fields);
    fields = [];
    field = '';
  };
  while (i < text.length && records.length < maxRecords) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
    i++;
  }
  const atEnd = i >= text.length;
  if (atEnd && (field !== '' || fields.length > 0)) {
    if (sampleIsWholeFile && !inQuotes) endRecord();
    else return { records, complete: false };
  }
  return { records, complete: atEnd ? sampleIsWholeFile : true };
}
