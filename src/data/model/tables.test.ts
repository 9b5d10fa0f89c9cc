import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../workspace.js';
import { tableModels } from './tables.js';
import type { FieldModel } from './table-model.js';

const duckType: Record<string, string> = { varchar: 'VARCHAR', integer: 'INTEGER', bigint: 'BIGINT', double: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE', timestamp: 'TIMESTAMP' };

/** An enumeration with a storage type is a DuckDB ENUM of exactly the model's codes, in the model's order. */
const expectedType = (field: FieldModel): string =>
  field.enum && field.enumType ? `ENUM(${field.enum.map((e) => `'${e.code}'`).join(', ')})` : (duckType[field.type] ?? field.type);

test('every model table and field exists in the migrated schema with the same type', async () => {
  const ws = await memoryWorkspace();
  try {
    const columns = await ws.all<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns where table_schema = 'main'`,
    );
    const schema = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c.data_type] as const));
    for (const table of tableModels) {
      for (const field of table.fields) assert.equal(schema.get(`${table.name}.${field.name}`), expectedType(field), `${table.name}.${field.name}`);
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

test('entity kinds are stored as a DuckDB ENUM of the model\'s codes, which refuses any other kind', async () => {
  const ws = await memoryWorkspace();
  try {
    const types = await ws.all<{ type_name: string }>(`select distinct type_name from duckdb_types() where logical_type = 'ENUM'`);
    const withType = tableModels.flatMap((t) => t.fields.filter((f) => f.enumType));
    assert.deepEqual(withType.map((f) => f.name), ['entity_kind']);
    for (const field of withType) assert.ok(types.some((t) => t.type_name === field.enumType), `${field.name}: ${field.enumType ?? ''}`);
    await assert.rejects(ws.run(`insert into volumes (entity_id, entity_kind, code, period) values ('S1', 'hcp', '1', '2024Q1')`), /convert/i, 'the database refuses a code outside the vocabulary');
  } finally {
    ws.close();
  }
});
