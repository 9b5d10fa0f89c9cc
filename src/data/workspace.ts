/**
 * A Segmap workspace: a folder holding one embedded DuckDB file (`segmap.duckdb`) and a project file
 * (`segmap.yaml`). This module is the only door to the database: values always travel as parameters.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { NotFoundError } from '../lib/errors.js';
import { commonMessages } from '../lib/messages/index.js';
import { migrations } from './migrations/index.js';
import { dropAbandonedSideTables } from './import/side-table.js';

export const databaseFileName = 'segmap.duckdb';
export const projectFileName = 'segmap.yaml';

export type SqlParams = readonly DuckDBValue[] | Readonly<Record<string, DuckDBValue>>;
export type Row = Record<string, unknown>;

export interface Workspace {
  readonly dir: string;
  /** Rows as plain objects; BIGINT that fits a double comes back as number, DATE/TIMESTAMP as Date. */
  all<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]>;
  run(sql: string, params?: SqlParams): Promise<void>;
  /** Runs `work` in one transaction; any throw rolls everything back. */
  transaction<T>(work: (ws: Workspace) => Promise<T>): Promise<T>;
  /** The raw connection, for appenders and streaming readers inside data/. */
  readonly connection: DuckDBConnection;
  close(): void;
}

export interface OpenOptions {
  /** Create the folder and database when missing (init, demo); otherwise a missing workspace is an error. */
  readonly create?: boolean;
  readonly threads?: number;
}

export async function openWorkspace(dir: string, options: OpenOptions = {}): Promise<Workspace> {
  const folder = resolve(dir);
  const file = join(folder, databaseFileName);
  if (!existsSync(file)) {
    if (!options.create) throw new NotFoundError(commonMessages.notAWorkspace(dir));
    mkdirSync(folder, { recursive: true });
  }
  const instance = await DuckDBInstance.create(file, options.threads ? { threads: String(options.threads) } : {});
  const connection = await instance.connect();
  const ws = wrap(folder, connection, () => {
    connection.closeSync();
    instance.closeSync();
  });
  await migrate(ws);
  await dropAbandonedSideTables(ws); // a bulk load killed before its swap
  return ws;
}

/** An in-memory workspace for tests and one-off computations. */
export async function memoryWorkspace(): Promise<Workspace> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const ws = wrap(':memory:', connection, () => {
    connection.closeSync();
    instance.closeSync();
  });
  await migrate(ws);
  return ws;
}

function wrap(dir: string, connection: DuckDBConnection, close: () => void): Workspace {
  let depth = 0;
  const ws: Workspace = {
    dir,
    connection,
    close,
    async all<T extends Row>(sql: string, params?: SqlParams): Promise<T[]> {
      const reader = await connection.runAndReadAll(sql, params as Record<string, DuckDBValue> | DuckDBValue[] | undefined);
      return reader.getRowObjectsJS().map((row) => normalizeRow(row) as T);
    },
    async run(sql: string, params?: SqlParams): Promise<void> {
      await connection.run(sql, params as Record<string, DuckDBValue> | DuckDBValue[] | undefined);
    },
    async transaction<T>(work: (inner: Workspace) => Promise<T>): Promise<T> {
      if (depth > 0) return work(ws); // already inside one: DuckDB has no nested transactions
      depth++;
      await connection.run('begin transaction');
      try {
        const result = await work(ws);
        await connection.run('commit');
        return result;
      } catch (error) {
        await connection.run('rollback');
        throw error;
      } finally {
        depth--;
      }
    },
  };
  return ws;
}

function normalizeRow(row: Record<string, unknown>): Row {
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)) {
      row[key] = Number(value);
    }
  }
  return row;
}

async function migrate(ws: Workspace): Promise<void> {
  await ws.run('create table if not exists schema_version (version integer primary key, name varchar, applied_at timestamp)');
  const applied = new Set((await ws.all<{ version: number }>('select version from schema_version')).map((r) => r.version));
  const pending = migrations.filter((m) => !applied.has(m.version));
  if (pending.length === 0) return;
  await ws.transaction(async (tx) => {
    for (const migration of pending) {
      await tx.run(migration.sql);
      await tx.run('insert into schema_version values ($1, $2, now())', [migration.version, migration.name]);
    }
  });
}

export const currentSchemaVersion = (): number => Math.max(...migrations.map((m) => m.version));
