/**
 * Loads a flat file for `segmap cluster`: the clustering columns (all columns but the id and weight
 * columns unless `--columns` names them), the ids (the `--id` column, else the row number), and the
 * weights. Numeric columns become numeric prep columns; text columns become categorical ones.
 *
 * @example const data = await loadClusterData('survey.csv', { id: 'respondent', weights: 'w' });
 * @throws InputError from the reader (unknown column, text in a numeric column, NaN, empty file) and for
 *   duplicate ids
 */
import { readTable, type ColumnRequest } from '../../data/read-table.js';
import { categoricalColumn, numericColumn, type PrepColumn } from '../../core/prep/prep-column.js';
import { InputError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';

export interface ClusterDataRequest {
  readonly columns?: readonly string[] | undefined;
  readonly id?: string | undefined;
  readonly weights?: string | undefined;
}

export interface ClusterData {
  readonly file: string;
  readonly rows: number;
  readonly idColumn: string | null;
  readonly ids: readonly string[];
  readonly columns: PrepColumn[];
  readonly weightsColumn: string | null;
  /** Weight per row (NaN when missing), or undefined without a weight column. */
  readonly weights: Float64Array | undefined;
}

export async function loadClusterData(file: string, request: ClusterDataRequest): Promise<ClusterData> {
  const special = new Set([request.id, request.weights].filter((c): c is string => c !== undefined));
  const wanted: ColumnRequest[] = [
    ...(request.id ? [{ name: request.id, as: 'text' as const }] : []),
    ...(request.weights ? [{ name: request.weights, as: 'number' as const }] : []),
    ...(request.columns ?? []).filter((c) => !special.has(c)).map((name) => ({ name, as: 'auto' as const })),
  ];
  const table = await readTable(file, request.columns ? wanted : 'all');
  const names = request.columns ? request.columns.filter((c) => !special.has(c)) : table.header.filter((c) => !special.has(c));
  const columns = names.map((name): PrepColumn => {
    const numbers = table.numbers.get(name);
    return numbers ? numericColumn(name, numbers) : categoricalColumn(name, table.texts.get(name)!);
  });
  const ids = request.id ? idsOf(table.texts.get(request.id) ?? table.numbers.get(request.id)!, request.id, file)
    : Array.from({ length: table.rows }, (_, i) => String(i + 1));
  return {
    file,
    rows: table.rows,
    idColumn: request.id ?? null,
    ids,
    columns,
    weightsColumn: request.weights ?? null,
    weights: request.weights ? table.numbers.get(request.weights) : undefined,
  };
}

function idsOf(values: readonly (string | null)[] | Float64Array, column: string, file: string): string[] {
  const ids = Array.from(values as ArrayLike<string | number | null>, (v, i) => (v === null || (typeof v === 'number' && Number.isNaN(v)) ? `row ${i + 2}` : String(v)));
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new InputError(clusterMessages.idDuplicate(column, id), { file, row: i + 2, column, value: id });
    seen.add(id);
  });
  return ids;
}
