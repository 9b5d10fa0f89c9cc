/**
 * Done-when of issue 6: on randomly generated rule sets, the compiled SQL run in DuckDB and in a real
 * PostgreSQL server gives exactly the members the in-memory evaluator gives. Rule sets are generated as
 * users write them (the raw `rules:` section) and go through the same parse → check → order path as
 * `segmap rules`; segments reference earlier ones (inSegment, within, across entity kinds), use exit
 * criteria against previous memberships and sit in exclusive groups.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import pg from 'pg';
import { memoryWorkspace, type Workspace } from '../../src/data/workspace.js';
import { evaluateRules } from '../../src/core/rules/evaluate-rules.js';
import { compileRuleSetToSql } from '../../src/compile/rules/compile-rule-to-sql.js';
import { checkRules } from '../../src/pipeline/rules/load-rule-set.js';
import type { TypedRuleSet } from '../../src/spec/rules/typed-rule.js';
import { postgresUrl } from './engines.js';
import { asOf, injection, loadIntoDuckDb, loadIntoPostgres, makeRuleTestData, ruleDataOf, type RuleTestData } from './rules-data.js';
import { ruleSegmentNames, ruleSetArb } from './rules-arbitrary.js';

const runs = 150;
const datasets: RuleTestData[] = [makeRuleTestData(1, ruleSegmentNames), makeRuleTestData(2, ruleSegmentNames)];

let ws: Workspace | undefined;
let client: pg.Client | undefined;
let pgSkip: string | false = false;
const schema = `segmap_rules_${process.pid}`;

before(async () => {
  ws = await memoryWorkspace();
  client = new pg.Client({ connectionString: postgresUrl });
  try {
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.query(`set search_path to ${schema}`);
  } catch (error) {
    pgSkip = `needs PostgreSQL at ${postgresUrl} (scripts/start-postgres.sh): ${error instanceof Error ? error.message : String(error)}`;
    client = undefined;
  }
});

after(async () => {
  ws?.close();
  if (client) {
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  }
});

// ── engines ──────────────────────────────────────────────────────────────────────────────────────

function inMemory(rules: TypedRuleSet, data: RuleTestData): Record<string, readonly string[]> {
  const result = evaluateRules(rules, ruleDataOf(data), { asOf });
  assert.ok(result.ok);
  return Object.fromEntries(result.value.segments.map((s) => [s.name, s.members]));
}

async function inDuckDb(rules: TypedRuleSet): Promise<Record<string, readonly string[]>> {
  const out: Record<string, readonly string[]> = {};
  for (const q of compileRuleSetToSql(rules, { dialect: 'duckdb', asOf })) {
    out[q.segment] = (await ws!.all<{ entity_id: string }>(q.sql, [...q.parameters])).map((r) => r.entity_id).sort();
  }
  return out;
}

async function inPostgres(rules: TypedRuleSet): Promise<Record<string, readonly string[]>> {
  const out: Record<string, readonly string[]> = {};
  for (const q of compileRuleSetToSql(rules, { dialect: 'postgres', asOf })) {
    out[q.segment] = (await client!.query<{ entity_id: string }>(q.sql, [...q.parameters])).rows.map((r) => r.entity_id).sort();
  }
  return out;
}

for (const [i, data] of datasets.entries()) {
  test(`random rule sets: DuckDB = in-memory evaluator = PostgreSQL (dataset ${i + 1})`, async (t) => {
    await loadIntoDuckDb(ws!, data);
    if (client) await loadIntoPostgres(client, data);
    else t.diagnostic(String(pgSkip));
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(ruleSetArb, async (raw) => {
        const rules = checkRules(raw);
        const expected = inMemory(rules, data);
        if (Object.values(expected).some((m) => m.length > 0)) nonEmpty++;
        assert.deepEqual(await inDuckDb(rules), expected, 'duckdb');
        if (client) assert.deepEqual(await inPostgres(rules), expected, 'postgres');
      }),
      { numRuns: runs, seed: 6000 + i },
    );
    // the property is only meaningful when rules actually select something
    assert.ok(nonEmpty > runs / 2, `only ${nonEmpty} of ${runs} rule sets selected anyone`);
  });
}

test('the accounts table survives an injection attempt in a rule value, in both engines', async () => {
  const data = datasets[0]!;
  await loadIntoDuckDb(ws!, data);
  const rules = checkRules({ segments: [{ name: 'x', entity: 'account', entry: { any: [{ field: 'type', equal: injection }, { field: 'service_lines', contains: injection }] } }] });
  const [query] = compileRuleSetToSql(rules, { dialect: 'duckdb', asOf });
  assert.ok(query && !query.sql.includes('drop table'), 'the value is not in the SQL text');
  assert.deepEqual(query.parameters.slice(0, 1), [injection]);
  const expected = data.accounts.filter((a) => a.type === injection).map((a) => a.account_id).sort();
  assert.ok(expected.length > 0, 'the fixture has an account whose type is the injection string');
  assert.deepEqual(await inDuckDb(rules), { x: expected });
  const [count] = await ws!.all<{ n: number }>('select count(*) as n from accounts');
  assert.equal(count?.n, data.accounts.length);
  if (client) {
    await loadIntoPostgres(client, data);
    assert.deepEqual(await inPostgres(rules), { x: expected });
    assert.equal((await client.query('select count(*)::int as n from accounts')).rows[0].n, data.accounts.length);
  }
});
