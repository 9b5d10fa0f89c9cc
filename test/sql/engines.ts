/**
 * The two real engines the compiled SQL runs on in tests: an in-memory DuckDB (through
 * src/data/workspace.ts) and the PostgreSQL server of scripts/start-postgres.sh, reached at
 * SEGMAP_TEST_PG (default postgres://segmap:segmap@127.0.0.1:5432/segmap). Each loads the same rows
 * into a table and runs a query with parameters.
 */
import pg from 'pg';
import { memoryWorkspace } from '../../src/data/workspace.js';
import type { SqlValue } from '../../src/compile/ast/index.js';
import type { InputTable } from '../../src/pipeline/score/input-table.js';

export const postgresUrl = process.env.SEGMAP_TEST_PG ?? 'postgres://segmap:segmap@127.0.0.1:5432/segmap';

export interface Engine {
  readonly name: 'duckdb' | 'postgres';
  load(table: string, data: InputTable): Promise<void>;
  query(sql: string, parameters: readonly SqlValue[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const quote = (name: string): string => `"${name}"`;

function columnsOf(data: InputTable): { names: string[]; types: string[]; cell: (name: string, row: number) => SqlValue } {
  const names = [...data.columns.keys()];
  const types = names.map((n) => (data.columns.get(n)!.kind === 'numeric' ? 'double precision' : 'text'));
  const cell = (name: string, row: number): SqlValue => {
    const column = data.columns.get(name)!;
    if (column.kind === 'numeric') return Number.isNaN(column.values[row]!) ? null : column.values[row]!;
    return column.values[row] ?? null;
  };
  return { names, types, cell };
}

async function loadRows(run: (sql: string, params: SqlValue[]) => Promise<void>, table: string, data: InputTable): Promise<void> {
  const { names, types, cell } = columnsOf(data);
  await run(`drop table if exists ${quote(table)}`, []);
  await run(`create table ${quote(table)} (${names.map((n, i) => `${quote(n)} ${types[i]}`).join(', ')})`, []);
  const batch = 200;
  for (let start = 0; start < data.rows; start += batch) {
    const params: SqlValue[] = [];
    const tuples: string[] = [];
    for (let r = start; r < Math.min(data.rows, start + batch); r++) {
      tuples.push(`(${names.map((n, i) => (params.push(cell(n, r)), `CAST($${params.length} AS ${types[i]})`)).join(', ')})`);
    }
    await run(`insert into ${quote(table)} values ${tuples.join(', ')}`, params);
  }
}

export async function duckdbEngine(): Promise<Engine> {
  const ws = await memoryWorkspace();
  return {
    name: 'duckdb',
    load: (table, data) => loadRows((sql, params) => ws.run(sql, params), table, data),
    query: (sql, parameters) => ws.all(sql, [...parameters]),
    close: async () => ws.close(),
  };
}

/** Connects, or returns a skip reason when no server answers (a clone without scripts/start-postgres.sh). */
export async function postgresEngine(): Promise<Engine | string> {
  const client = new pg.Client({ connectionString: postgresUrl });
  try {
    await client.connect();
  } catch (error) {
    return `needs PostgreSQL at ${postgresUrl} (run scripts/start-postgres.sh): ${(error as Error).message}`;
  }
  const schema = `segmap_test_${process.pid}`;
  await client.query(`create schema ${schema}`);
  await client.query(`set search_path to ${schema}`);
  return {
    name: 'postgres',
    load: (table, data) => loadRows(async (sql, params) => void (await client.query(sql, params)), table, data),
    query: async (sql, parameters) => (await client.query(sql, [...parameters])).rows as Record<string, unknown>[],
    close: async () => {
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}
