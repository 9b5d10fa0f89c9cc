/**
 * Reads a small numeric CSV of ../shared/data (header of quoted or bare names, comma-separated
 * numbers, empty cell = missing → NaN) into named Float64Array columns. Test support only: the
 * product's importers live in src/data.
 */
import { readFileSync } from 'node:fs';

export function readCsvColumns(path: string): Map<string, Float64Array> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0]!.split(',').map((h) => h.replace(/^"|"$/g, ''));
  const rows = lines.length - 1;
  const columns = header.map(() => new Float64Array(rows));
  for (let i = 0; i < rows; i++) {
    const cells = lines[i + 1]!.split(',');
    if (cells.length !== header.length) throw new Error(`${path}: row ${i + 1} has ${cells.length} cells`);
    cells.forEach((cell, j) => {
      columns[j]![i] = cell === '' || cell === 'NA' ? Number.NaN : Number(cell);
    });
  }
  return new Map(header.map((h, j) => [h, columns[j]!]));
}

/** The named columns, in order; throws when one is absent. */
export function pick(columns: Map<string, Float64Array>, names: readonly string[]): Float64Array[] {
  return names.map((name) => {
    const column = columns.get(name);
    if (column === undefined) throw new Error(`no column ${name}`);
    return column;
  });
}
