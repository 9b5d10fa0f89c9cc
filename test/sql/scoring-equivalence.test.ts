/**
 * Dialect equivalence of compiled scoring models (STYLE practice 9): the SQL text per dialect equals the
 * golden files in test/golden, and the SQL run on DuckDB and on a real PostgreSQL returns, for every row,
 * the in-process segment and a probability within 1e-9 — bound parameters and inline literals alike.
 * Regenerate the golden files after a deliberate change with UPDATE_GOLDEN=1.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSql, dialectNames, type DialectName } from '../../src/compile/dialect/index.js';
import { scoringQuery } from '../../src/compile/model/scoring-query.js';
import { minExponent as sqlMinExponent } from '../../src/compile/model/constants.js';
import { minExponent } from '../../src/core/classify/softmax.js';
import { ScoringModel } from '../../src/spec/scoring-model.js';
import { tableFromRecords, type InputTable } from '../../src/pipeline/score/input-table.js';
import { scoreTable } from '../../src/pipeline/score/score-table.js';
import { fitScoringModel } from '../../src/pipeline/projection/fit-scoring-model.js';
import { bfi, bfiFile, iris } from '../reference/classify/fixtures.js';
import { repoRoot } from '../support/shared-data.js';
import { duckdbEngine, postgresEngine, type Engine } from './engines.js';
import { sqlglotMissing, transpileToDuckDb } from './sqlglot.js';
import { createRng } from '../../src/core/random/rng.js';

const golden = join(repoRoot, 'test', 'golden');
const goldenModel = ScoringModel.parse(JSON.parse(readFileSync(join(golden, 'scoring-model.json'), 'utf8')));

/** Rows for the golden model: log1p volumes, missing values, an unseen level, a quote in a level. */
function goldenRows(n: number): InputTable {
  const rng = createRng(11);
  const specialties = ['cardiology', 'radiology', "O'Brien clinic", 'oncology', null];
  return tableFromRecords(
    Array.from({ length: n }, (_, i) => ({
      stakeholder_id: `S${String(i).padStart(5, '0')}`,
      claims_volume: rng.next() < 0.05 ? null : Math.floor(Math.exp(rng.normal() * 1.2 + 3)),
      pagerank: rng.next() < 0.05 ? null : Math.max(0, 0.0125 + 0.006 * rng.normal()),
      specialty: specialties[rng.int(specialties.length)] ?? null,
    })),
    ['stakeholder_id', 'claims_volume', 'pagerank', 'specialty'],
  );
}

test('the SQL and in-process scorers share one exp clamp', () => assert.equal(sqlMinExponent, minExponent));

for (const dialect of dialectNames) {
  test(`${dialect}: golden scoring SQL (bound parameters) and inline SQL`, () => {
    const query = scoringQuery(goldenModel, { table: 'input' });
    for (const [suffix, inline] of [['', false], ['.inline', true]] as const) {
      const compiled = compileSql(query, dialect, { inline });
      const file = join(golden, `scoring.${dialect}${suffix}.sql`);
      const text = `${compiled.sql}\n`;
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
      assert.equal(text, readFileSync(file, 'utf8'));
      if (!inline) {
        const params = join(golden, `scoring.${dialect}.params.json`);
        const json = `${JSON.stringify(compiled.parameters, null, 1)}\n`;
        if (process.env.UPDATE_GOLDEN || !existsSync(params)) writeFileSync(params, json);
        assert.equal(json, readFileSync(params, 'utf8'));
      } else {
        assert.deepEqual(compiled.parameters, []);
      }
    }
  });
}

interface Case {
  readonly name: string;
  readonly model: ScoringModel;
  readonly data: InputTable;
}

function cases(): Case[] {
  const out: Case[] = [{ name: 'golden model (log1p, indicators, missing values, threshold)', model: goldenModel, data: goldenRows(3000) }];
  const { x, y } = iris();
  const names = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
  const irisTable = tableFromRecords(Array.from({ length: x.rows }, (_, i) => Object.fromEntries([['id', i + 1], ...names.map((n, j) => [n, x.data[i * 4 + j]!])])));
  for (const method of ['lda', 'logistic'] as const) {
    const { model } = fitScoringModel(irisTable, names, y, ['setosa', 'versicolor', 'virginica'], { method });
    out.push({ name: `iris ${method}`, model, data: irisTable });
  }
  if (!bfiFile.skip) {
    const lines = readFileSync(bfiFile.path, 'utf8').trim().split('\n');
    const header = lines[0]!.split(',').map((h) => h.replaceAll('"', ''));
    const records = lines.slice(1).map((line, i) => {
      const cells = line.split(',');
      const row: Record<string, unknown> = { id: `R${i}` };
      header.forEach((h, j) => {
        const v = cells[j] ?? '';
        row[h] = v === '' ? null : ['gender', 'education'].includes(h) ? v : Number(v);
      });
      return row;
    });
    const ref = bfi();
    const train = tableFromRecords(ref.ref.rows.map((r) => records[r]!));
    const inputs = ['A1', 'A2', 'C1', 'E3', 'N1', 'O2', 'age', 'gender', 'education'];
    const { model } = fitScoringModel(train, inputs, ref.y, ['s0', 's1', 's2', 's3'], { method: 'logistic', C: 0.5, log1p: ['age'], unassignedBelow: 0.5 });
    out.push({ name: 'bfi survey, mixed inputs, all 2,800 rows with their missing values', model, data: tableFromRecords(records) });
  }
  return out;
}

/**
 * Where the SQL comes from: DuckDB and PostgreSQL run their own; Spark's and Snowflake's (inline) are
 * transpiled to DuckDB by sqlglot, keeping their semantics, and run there (./sqlglot.ts).
 */
const targets = [
  { name: 'duckdb', dialect: 'duckdb', engine: duckdbEngine, bound: true },
  { name: 'postgres', dialect: 'postgres', engine: postgresEngine, bound: true },
  { name: 'spark through sqlglot on DuckDB', dialect: 'spark', engine: warehouseEngine, bound: false },
  { name: 'snowflake through sqlglot on DuckDB', dialect: 'snowflake', engine: warehouseEngine, bound: false },
] as const;

async function warehouseEngine(): Promise<Engine | string> {
  return sqlglotMissing || (await duckdbEngine());
}

/** The statement the target's engine runs: its own, or sqlglot's DuckDB translation of it. */
function statementFor(dialect: DialectName, sql: string): string {
  if (dialect === 'duckdb' || dialect === 'postgres') return sql;
  const [out] = transpileToDuckDb(dialect, [sql]);
  assert.ok(out && 'duckdb' in out, `sqlglot cannot read the ${dialect} SQL: ${out && 'error' in out ? out.error : ''}`);
  return out.duckdb;
}

for (const target of targets) {
  describe(`compiled scoring SQL for ${target.name} equals in-process scoring`, () => {
    let engine: Engine | string;
    before(async () => {
      engine = await target.engine();
    });
    after(async () => {
      if (typeof engine !== 'string') await engine.close();
    });
    for (const c of cases()) {
      test(c.name, async (t) => {
        if (typeof engine === 'string') return t.skip(engine);
        const table = 'input';
        await engine.load(table, c.data);
        const expected = scoreTable(c.model, c.data);
        const ids = c.data.columns.get(c.model.idColumn)!;
        const idText = ids.kind === 'numeric' ? Array.from(ids.values, String) : ids.values;
        for (const inline of target.bound ? [false, true] : [true]) {
          const compiled = compileSql(scoringQuery(c.model, { table }), target.dialect, { inline });
          const rows = await engine.query(statementFor(target.dialect, compiled.sql), compiled.parameters);
          assert.equal(rows.length, c.data.rows);
          const byId = new Map(rows.map((r) => [String(r.id), r]));
          let worst = 0;
          for (let i = 0; i < c.data.rows; i++) {
            const row = byId.get(String(idText[i]));
            assert.ok(row, `row ${idText[i]} missing`);
            assert.equal(row.segment, expected.segments[i], `row ${idText[i]} (${inline ? 'inline' : 'bound'})`);
            const diff = Math.abs(Number(row.probability) - expected.probability[i]!);
            worst = Math.max(worst, diff);
            assert.ok(diff <= 1e-9, `row ${idText[i]}: probability ${row.probability} vs ${expected.probability[i]}`);
          }
          t.diagnostic(`${inline ? 'inline' : 'bound'}: ${rows.length} rows, largest probability difference ${worst.toExponential(2)}`);
        }
      });
    }
  });
}
