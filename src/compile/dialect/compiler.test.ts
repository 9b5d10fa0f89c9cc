import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SelectNode, TableNode, sql, SubqueryNode } from '../ast/index.js';
import { compileSql, dialectNames, parseDialect } from './index.js';
import { isSafeIdentifier } from './identifier.js';

const rule = sql.and(
  sql.in(sql.col('type'), ['hospital', 'IDN']),
  sql.between(sql.col('beds'), sql.param(50, 'integer'), sql.param(500, 'integer')),
  sql.not(sql.isNull(sql.col('ehr_vendor'))),
  sql.or(sql.gte(sql.col('ts'), sql.daysAgo(90)), sql.like(sql.col('name'), '%clinic%')),
);
const query = SelectNode.create({
  columns: [{ expr: sql.col('account_id'), alias: 'account_id' }],
  from: TableNode.create('accounts', 'a'),
  where: rule,
  orderBy: [{ expr: sql.col('account_id'), direction: 'asc' }],
  limit: 10,
});

const golden = {
  duckdb: `SELECT
  "account_id" AS "account_id"
FROM "accounts" AS "a"
WHERE "type" IN ($1, $2) AND "beds" BETWEEN CAST($3 AS INTEGER) AND CAST($4 AS INTEGER) AND NOT ("ehr_vendor" IS NULL) AND ("ts" >= (current_date + to_days(CAST($5 AS INTEGER))) OR "name" LIKE $6)
ORDER BY "account_id" ASC
LIMIT 10`,
  postgres: `SELECT
  "account_id" AS "account_id"
FROM "accounts" AS "a"
WHERE "type" IN ($1, $2) AND "beds" BETWEEN CAST($3 AS INTEGER) AND CAST($4 AS INTEGER) AND NOT ("ehr_vendor" IS NULL) AND ("ts" >= (current_date + make_interval(days => CAST($5 AS INTEGER))) OR "name" LIKE $6)
ORDER BY "account_id" ASC
LIMIT 10`,
  spark: `SELECT
  \`account_id\` AS \`account_id\`
FROM \`accounts\` AS \`a\`
WHERE \`type\` IN (:p1, :p2) AND \`beds\` BETWEEN CAST(:p3 AS INT) AND CAST(:p4 AS INT) AND NOT (\`ehr_vendor\` IS NULL) AND (\`ts\` >= date_add(current_date(), CAST(:p5 AS INT)) OR \`name\` LIKE :p6)
ORDER BY \`account_id\` ASC
LIMIT 10`,
  snowflake: `SELECT
  account_id AS account_id
FROM accounts AS a
WHERE type IN (?, ?) AND beds BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER) AND NOT (ehr_vendor IS NULL) AND (ts >= dateadd(day, CAST(? AS INTEGER), current_date()) OR name LIKE ?)
ORDER BY account_id ASC
LIMIT 10`,
} as const;

for (const dialect of dialectNames) {
  test(`${dialect}: a rule query compiles to the golden text with values as parameters`, () => {
    const compiled = compileSql(query, dialect);
    assert.equal(compiled.sql, golden[dialect]);
    assert.deepEqual(compiled.parameters, ['hospital', 'IDN', 50, 500, -90, '%clinic%']);
  });
}

test('nodes are frozen and builders never mutate their inputs', () => {
  assert.ok(Object.isFrozen(rule));
  assert.ok(Object.isFrozen(query.columns));
  assert.throws(() => {
    (query as { limit?: number }).limit = 5;
  }, TypeError);
});

test('precedence: chains print flat, nested subtraction and comparisons keep their parentheses', () => {
  const e = sql.gt(sql.sub(sql.col('a'), sql.sub(sql.col('b'), sql.col('c'))), sql.mul(sql.add(sql.lit(1), sql.col('d')), sql.neg(sql.neg(sql.col('z')))));
  assert.equal(compileSql(e, 'duckdb').sql, '"a" - ("b" - "c") > (1 + "d") * -(-"z")');
  assert.equal(compileSql(sql.eq(sql.eq(sql.col('a'), sql.lit(1)), sql.lit(true)), 'postgres').sql, '("a" = 1) = TRUE');
  assert.equal(compileSql(sql.add(sql.add(sql.col('a'), sql.col('b')), sql.col('c')), 'duckdb').sql, '"a" + "b" + "c"');
});

test('snowflake maps greatest to greatest_ignore_nulls and quotes only names that need it', () => {
  const e = sql.call('greatest', sql.col('select'), sql.col('Primary Specialty'), sql.col('beds'));
  assert.equal(compileSql(e, 'snowflake').sql, 'greatest_ignore_nulls("select", "Primary Specialty", beds)');
});

test('inline mode escapes strings per dialect and binds nothing', () => {
  const e = sql.eq(sql.col('name'), "O'Brien \\ co");
  assert.equal(compileSql(e, 'duckdb', { inline: true }).sql, `"name" = 'O''Brien \\ co'`);
  assert.equal(compileSql(e, 'spark', { inline: true }).sql, "`name` = 'O\\'Brien \\\\ co'");
  assert.equal(compileSql(e, 'snowflake', { inline: true }).sql, "name = 'O''Brien \\\\ co'");
  assert.deepEqual(compileSql(e, 'postgres', { inline: true }).parameters, []);
  assert.throws(() => compileSql(sql.eq(sql.col('a'), 'x\u0000'), 'postgres', { inline: true }), /control characters/);
});

test('identifiers outside the allow-list are refused in every dialect', () => {
  for (const bad of ['x"; drop table y; --', 'a.b', '`x`', "it's", '', ' lead', 'trail ', '1abc', 'x'.repeat(64)]) {
    assert.equal(isSafeIdentifier(bad), false, bad);
    for (const dialect of dialectNames) assert.throws(() => compileSql(sql.col(bad), dialect), /identifier/);
  }
  for (const good of ['specialty', 'Primary Specialty', 'q_12-b', 'ÄrzteZahl', '_x1']) assert.ok(isSafeIdentifier(good), good);
});

test('property: any accepted identifier appears in the SQL exactly as given, inside its quotes', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ -]{0,20}[A-Za-z0-9_-]$/), (name) => {
      assert.equal(compileSql(sql.col(name), 'postgres').sql, `"${name}"`);
      assert.equal(compileSql(sql.col(name), 'spark').sql, `\`${name}\``);
    }),
  );
});

test('property: parameters come back in placeholder order', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()), { minLength: 1, maxLength: 8 }), (values) => {
      const compiled = compileSql(sql.in(sql.col('x'), values), 'postgres');
      assert.deepEqual(compiled.parameters, values);
      assert.equal(compiled.sql, `"x" IN (${values.map((_, i) => `$${i + 1}`).join(', ')})`);
    }),
  );
});

test('subqueries indent and dialect names are validated', () => {
  const inner = SelectNode.create({ columns: [{ expr: sql.col('x'), alias: 'x' }], from: TableNode.create('t') });
  const outer = SelectNode.create({ columns: [{ expr: sql.col('x', 's'), alias: 'x' }], from: SubqueryNode.create(inner, 's') });
  assert.equal(compileSql(outer, 'duckdb').sql, 'SELECT\n  "s"."x" AS "x"\nFROM (\n  SELECT\n    "x" AS "x"\n  FROM "t"\n) AS "s"');
  assert.throws(() => parseDialect('mysql'), /duckdb, postgres, spark, snowflake/);
  assert.throws(() => sql.lit(0.5), /parameter/);
  assert.throws(() => sql.param(Number.NaN), /finite/);
});
