/**
 * Golden SQL of a rule segment per dialect (text and parameters), checked and executed: DuckDB EXPLAINs
 * every dialect-neutral statement, and the inline form (values as escaped literals, for a console that
 * cannot bind) returns the same members as the parameterised form on DuckDB and PostgreSQL — with an
 * injection attempt among the values.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { memoryWorkspace, type Workspace } from '../../src/data/workspace.js';
import { compileRuleSetToSql, compileRuleToSql } from '../../src/compile/rules/compile-rule-to-sql.js';
import { dialectNames } from '../../src/compile/dialect/index.js';
import { checkRules } from '../../src/pipeline/rules/load-rule-set.js';
import { postgresUrl } from './engines.js';
import { asOf, injection, loadIntoDuckDb, loadIntoPostgres, makeRuleTestData } from './rules-data.js';

const rules = checkRules({
  segmentation: 'crm',
  segments: [
    { name: 'surgeons', entity: 'stakeholder', entry: { all: [{ field: 'account.beds', gte: 200 }, { not: { field: 'specialty', oneOf: ['Cardiology'] } }, { member: { kind: 'quadrant', segment: 'growth', of: 'account' } }] } },
    { name: 'odd', entity: 'account', entry: { any: [{ field: 'type', equal: injection }, { field: 'service_lines', contains: "O'Brien" }, { event: { type: ['webinar', 'email'], withinDays: 90, atLeast: 2 } }] }, exit: { field: 'last_verified', withinDays: 30 } },
  ],
});

const golden = {
  duckdb: `SELECT
  "e"."stakeholder_id" AS "entity_id"
FROM "stakeholders" AS "e"
WHERE (("e"."account_id" IS NOT NULL AND "e"."account_id" IN (SELECT "ids"."entity_id" FROM (
SELECT
  "a"."account_id" AS "entity_id"
FROM "accounts" AS "a"
WHERE coalesce("a"."beds" >= CAST($1 AS DOUBLE), FALSE)
) AS "ids" WHERE "ids"."entity_id" IS NOT NULL)) AND NOT (coalesce("e"."specialty" IN (CAST($2 AS VARCHAR)), FALSE)) AND ("e"."account_id" IS NOT NULL AND "e"."account_id" IN (SELECT "ids"."entity_id" FROM (
SELECT
  "m"."entity_id" AS "entity_id"
FROM "memberships" AS "m"
WHERE "m"."entity_kind" = CAST($3 AS VARCHAR) AND "m"."valid_to" IS NULL AND "m"."segment" = CAST($4 AS VARCHAR) AND "m"."kind" = CAST($5 AS VARCHAR)
) AS "ids" WHERE "ids"."entity_id" IS NOT NULL)))`,
  postgres: `SELECT
  "e"."stakeholder_id" AS "entity_id"
FROM "stakeholders" AS "e"
WHERE (("e"."account_id" IS NOT NULL AND "e"."account_id" IN (SELECT "ids"."entity_id" FROM (
SELECT
  "a"."account_id" AS "entity_id"
FROM "accounts" AS "a"
WHERE coalesce("a"."beds" >= CAST($1 AS DOUBLE PRECISION), FALSE)
) AS "ids" WHERE "ids"."entity_id" IS NOT NULL)) AND NOT (coalesce("e"."specialty" IN (CAST($2 AS TEXT)), FALSE)) AND ("e"."account_id" IS NOT NULL AND "e"."account_id" IN (SELECT "ids"."entity_id" FROM (
SELECT
  "m"."entity_id" AS "entity_id"
FROM "memberships" AS "m"
WHERE "m"."entity_kind" = CAST($3 AS TEXT) AND "m"."valid_to" IS NULL AND "m"."segment" = CAST($4 AS TEXT) AND "m"."kind" = CAST($5 AS TEXT)
) AS "ids" WHERE "ids"."entity_id" IS NOT NULL)))`,
  spark: `SELECT
  \`e\`.\`stakeholder_id\` AS \`entity_id\`
FROM \`stakeholders\` AS \`e\`
WHERE ((\`e\`.\`account_id\` IS NOT NULL AND \`e\`.\`account_id\` IN (SELECT \`ids\`.\`entity_id\` FROM (
SELECT
  \`a\`.\`account_id\` AS \`entity_id\`
FROM \`accounts\` AS \`a\`
WHERE coalesce(\`a\`.\`beds\` >= CAST(:p1 AS DOUBLE), FALSE)
) AS \`ids\` WHERE \`ids\`.\`entity_id\` IS NOT NULL)) AND NOT (coalesce(\`e\`.\`specialty\` IN (CAST(:p2 AS STRING)), FALSE)) AND (\`e\`.\`account_id\` IS NOT NULL AND \`e\`.\`account_id\` IN (SELECT \`ids\`.\`entity_id\` FROM (
SELECT
  \`m\`.\`entity_id\` AS \`entity_id\`
FROM \`memberships\` AS \`m\`
WHERE \`m\`.\`entity_kind\` = CAST(:p3 AS STRING) AND \`m\`.\`valid_to\` IS NULL AND \`m\`.\`segment\` = CAST(:p4 AS STRING) AND \`m\`.\`kind\` = CAST(:p5 AS STRING)
) AS \`ids\` WHERE \`ids\`.\`entity_id\` IS NOT NULL)))`,
  snowflake: `SELECT
  e.stakeholder_id AS entity_id
FROM stakeholders AS e
WHERE ((e.account_id IS NOT NULL AND e.account_id IN (SELECT ids.entity_id FROM (
SELECT
  a.account_id AS entity_id
FROM accounts AS a
WHERE coalesce(a.beds >= CAST(? AS DOUBLE), FALSE)
) AS ids WHERE ids.entity_id IS NOT NULL)) AND NOT (coalesce(e.specialty IN (CAST(? AS VARCHAR)), FALSE)) AND (e.account_id IS NOT NULL AND e.account_id IN (SELECT ids.entity_id FROM (
SELECT
  m.entity_id AS entity_id
FROM memberships AS m
WHERE m.entity_kind = CAST(? AS VARCHAR) AND m.valid_to IS NULL AND m.segment = CAST(? AS VARCHAR) AND m.kind = CAST(? AS VARCHAR)
) AS ids WHERE ids.entity_id IS NOT NULL)))`,
} as const;

let ws: Workspace;
let client: pg.Client | undefined;
const schema = `segmap_rules_sql_${process.pid}`;
const data = makeRuleTestData(7, ['odd']);

before(async () => {
  ws = await memoryWorkspace();
  await loadIntoDuckDb(ws, data);
  const c = new pg.Client({ connectionString: postgresUrl });
  try {
    await c.connect();
    await c.query(`create schema ${schema}`);
    await c.query(`set search_path to ${schema}`);
    await loadIntoPostgres(c, data);
    client = c;
  } catch {
    client = undefined;
  }
});

after(async () => {
  ws.close();
  if (client) {
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  }
});

for (const dialect of dialectNames) {
  test(`golden SQL and parameters: ${dialect}`, () => {
    const q = compileRuleToSql(rules, 'surgeons', { dialect, asOf });
    assert.equal(q.sql, golden[dialect]);
    assert.deepEqual(q.parameters, [200, 'Cardiology', 'account', 'growth', 'quadrant']);
    const odd = compileRuleToSql(rules, 'odd', { dialect, asOf });
    assert.ok(!odd.sql.includes('drop table') && !odd.sql.includes("O'Brien"), 'values never reach the SQL text');
    assert.deepEqual(odd.parameters.slice(0, 2), [injection, "O'Brien"]);
  });
}

test('DuckDB accepts every compiled statement (EXPLAIN)', async () => {
  for (const q of compileRuleSetToSql(rules, { dialect: 'duckdb', asOf })) {
    const plan = await ws.all(`explain ${q.sql}`, [...q.parameters]);
    assert.ok(plan.length > 0);
  }
});

test('inline SQL (escaped literals) selects what the parameterised SQL selects, and stays inert', async (t) => {
  const bound = compileRuleSetToSql(rules, { dialect: 'duckdb', asOf });
  const inline = compileRuleSetToSql(rules, { dialect: 'duckdb', asOf, inline: true });
  for (const [i, q] of inline.entries()) {
    assert.deepEqual(q.parameters, []);
    const expected = (await ws.all<{ entity_id: string }>(bound[i]!.sql, [...bound[i]!.parameters])).map((r) => r.entity_id).sort();
    const got = (await ws.all<{ entity_id: string }>(q.sql)).map((r) => r.entity_id).sort();
    assert.deepEqual(got, expected);
  }
  assert.ok((await ws.all<{ entity_id: string }>(bound[1]!.sql, [...bound[1]!.parameters])).length > 0, 'the injection-typed account is selected as data');
  if (!client) return t.skip(`needs PostgreSQL at ${postgresUrl}`);
  for (const q of compileRuleSetToSql(rules, { dialect: 'postgres', asOf, inline: true })) {
    const bound2 = compileRuleToSql(rules, q.segment, { dialect: 'postgres', asOf });
    const expected = (await client.query<{ entity_id: string }>(bound2.sql, [...bound2.parameters])).rows.map((r) => r.entity_id).sort();
    assert.deepEqual((await client.query<{ entity_id: string }>(q.sql)).rows.map((r) => r.entity_id).sort(), expected);
  }
  assert.equal((await client.query('select count(*)::int as n from accounts')).rows[0].n, data.accounts.length);
});
