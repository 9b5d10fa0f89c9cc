/**
 * The side table of a bulk load: an empty copy of a model table (same columns, constraints and
 * defaults, taken from the catalog) that a streaming load fills, checks and then swaps in for the empty
 * original, in one transaction with the import record.
 *
 * Why aside and not straight into the table inside one long transaction: DuckDB scans rows that are not
 * committed yet on one thread, so the checks that follow the insert (duplicate keys, references) took
 * about twice as long inside that transaction as on committed rows (0.7 vs 0.45 s per 10M volume
 * rows). The side table is committed — but under a name no reader uses, so the workspace shows no change
 * until the swap. A process killed after that commit leaves the side table behind; opening the
 * workspace drops it (`dropAbandonedSideTables`), which restores the workspace exactly.
 */
import type { Workspace } from '../workspace.js';
import { ident } from '../sql.js';

const prefix = '_segmap_load_';

export const sideTableName = (table: string): string => `${prefix}${table}`;

/**
 * Creates the empty side table of `table` (a model table's name, never user text) and returns its
 * name, or `undefined` when the table cannot be swapped whole: it has indexes (a swap would lose them),
 * or the catalog's statement is not the plain `CREATE TABLE name(…)` this rewrites.
 */
export async function createSideTable(ws: Workspace, table: string): Promise<string | undefined> {
  const side = sideTableName(table);
  await ws.run(`drop table if exists ${ident(side)}`);
  const [indexes] = await ws.all<{ n: number }>(`select count(*)::int as n from duckdb_indexes() where schema_name = 'main' and table_name = $1`, [table]);
  if (Number(indexes?.n ?? 0) > 0) return undefined;
  const [row] = await ws.all<{ sql: string }>(`select sql from duckdb_tables() where schema_name = 'main' and table_name = $1`, [table]);
  const head = `CREATE TABLE ${table}(`;
  if (!row?.sql.startsWith(head)) return undefined;
  await ws.run(`CREATE TABLE ${ident(side)}(${row.sql.slice(head.length)}`);
  return side;
}

/** Inside the caller's transaction: the empty `table` is dropped and `side` takes its name. */
export async function swapIn(tx: Workspace, side: string, table: string): Promise<void> {
  await tx.run(`drop table ${ident(table)}`);
  await tx.run(`alter table ${ident(side)} rename to ${ident(table)}`);
}

/** Side tables left by a killed load: never swapped in, so nothing of theirs was ever visible. */
export async function dropAbandonedSideTables(ws: Workspace): Promise<void> {
  const rows = await ws.all<{ name: string }>(`select table_name as name from duckdb_tables() where schema_name = 'main' and starts_with(table_name, $1)`, [prefix]);
  for (const { name } of rows) await ws.run(`drop table if exists ${ident(name)}`);
}
