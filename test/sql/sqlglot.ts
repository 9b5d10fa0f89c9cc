/**
 * sqlglot (Debian's python3-sqlglot 10.6.3, installed by .ci/run) through ./warehouse_sql.py: parses
 * Spark or Snowflake statements under the dialect's grammar and transpiles them to DuckDB, keeping the
 * dialect's semantics as sqlglot models them. Lets tests check SQL for warehouses that cannot run here.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { DialectName } from '../../src/compile/dialect/index.js';

const python = '/usr/bin/python3';
const helper = new URL('./warehouse_sql.py', import.meta.url).pathname;

/** A skip reason when sqlglot is not installed (a fresh machine); false when it is. */
export const sqlglotMissing: string | false = spawnSync(python, ['-c', 'import sqlglot'], { encoding: 'utf8' }).status === 0
  ? false
  : 'needs sqlglot (Debian package python3-sqlglot; .ci/run installs it)';

export type Transpiled = { readonly error: string } | { readonly duckdb: string };

/** sqlglot's verdict on each statement, in order: a parse error, or the statement in DuckDB's SQL. */
export function transpileToDuckDb(dialect: DialectName, statements: readonly string[]): Transpiled[] {
  const run = spawnSync(python, [helper], { input: JSON.stringify(statements.map((sql) => ({ dialect, sql }))), encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Transpiled[];
}
