import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../workspace.js';
import { tableModels } from './tables.js';

const duckType: Record<string, string> = { varchar: 'VARCHAR', integer: 'INTEGER', bigint: 'BIGINT', double: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE', timestamp: 'TIMESTAMP' };

test('every model table and field exists in the migrated schema with the same type', async () => {
  const ws = await memoryWorkspace();
  try {
    const columns = await ws.all<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns where table_schema = 'main'`,
    );
    const schema = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c.data_type] as const));
    for (const table of tableModels) {
      for (const field of table.fields) assert.equal(schema.get(`${table.name}.${field.name}`), duckType[field.type], `${table.name}.${field.name}`);
      const own = columns.filter((c) => c.table_name === table.name).map((c) => c.column_name);
      assert.deepEqual(own.sort(), table.fields.map((f) => f.name).sort(), `columns of ${table.name}`);
      for (const ref of table.references) assert.ok(schema.has(`${ref.table}.${ref.column}`), `${table.name}.${ref.field} → ${ref.table}.${ref.column}`);
    }
  } finally {
    ws.close();
  }
});

test('tables with a primary key declare it as their key', async () => {
  const ws = await memoryWorkspace();
  try {
    const keys = await ws.all<{ table_name: string; constraint_column_names: string[] }>(
      `select table_name, constraint_column_names from duckdb_constraints() where constraint_type = 'PRIMARY KEY'`,
    );
    for (const table of tableModels.filter((t) => t.primaryKey)) {
      const pk = keys.find((k) => k.table_name === table.name);
      assert.deepEqual([...(pk?.constraint_column_names ?? [])], [...table.key], table.name);
    }
  } finally {
    ws.close();
  }
});
