/**
 * Picks the reader for a file's format. Each one reports the file's columns first and reads the rows
 * into the same typed table (staged-file.ts).
 */
import type { Workspace } from '../workspace.js';
import type { Mapping } from '../../spec/mapping.js';
import { assertNever } from '../../lib/assert-never.js';
import { prepareCsv } from './stage-csv.js';
import { prepareParquet } from './stage-parquet.js';
import { prepareSav } from './stage-sav.js';
import { prepareXlsx } from './stage-xlsx.js';
import type { FileFormat, PreparedFile } from './staged-file.js';

export async function prepareFile(ws: Workspace, file: string, format: FileFormat, mapping: Mapping | undefined): Promise<PreparedFile> {
  switch (format) {
    case 'csv':
      return prepareCsv(file, { ...(mapping?.delimiter ? { delimiter: mapping.delimiter } : {}), ...(mapping?.encoding ? { encoding: mapping.encoding } : {}) });
    case 'parquet':
      return prepareParquet(ws, file);
    case 'xlsx':
      return prepareXlsx(ws, file, mapping?.sheet);
    case 'sav':
      return prepareSav(ws, file);
    default:
      return assertNever(format, 'file format');
  }
}
