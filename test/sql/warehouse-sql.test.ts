/**
 * Spark and Snowflake cannot run here, so the SQL Segmap prints for them is checked two ways with sqlglot
 * 10.6.3 (./sqlglot.ts):
 *   1. grammar: every statement parses under the dialect (the golden model's scoring query and the
 *      rule-segment queries of 60 random rule sets);
 *   2. meaning: each statement, transpiled by sqlglot from the dialect to DuckDB (keeping the dialect's
 *      semantics as sqlglot models them: Spark's CAST becomes TRY_CAST, backslash escapes in Spark string
 *      literals are decoded), runs on DuckDB and gives the in-memory evaluator's members for every rule
 *      segment, on the same data as rules-equivalence.test.ts.
 * DuckDB and PostgreSQL run their own SQL for real in rules-equivalence.test.ts; scoring SQL for Spark and
 * Snowflake takes the same route in scoring-equivalence.test.ts.
 * Statements are printed inline (values as literals), as `segmap sql` prints them for a console.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { compileSql, type DialectName } from '../../src/compile/dialect/index.js';
import { scoringQuery } from '../../src/compile/model/scoring-query.js';
import { compileRuleSetToSql } from '../../src/compile/rules/compile-rule-to-sql.js';
import { evaluateRules } from '../../src/core/rules/evaluate-rules.js';
import { memoryWorkspace, type Workspace } from '../../src/data/workspace.js';
import { checkRules } from '../../src/pipeline/rules/load-rule-set.js';
import { ScoringModel } from '../../src/spec/scoring-model.js';
import { ruleSegmentNames, ruleSetArb } from './rules-arbitrary.js';
import { asOf, loadIntoDuckDb, makeRuleTestData, ruleDataOf } from './rules-data.js';
import { sqlglotMissing, transpileToDuckDb } from './sqlglot.js';

const dialects = ['spark', 'snowflake'] as const satisfies readonly DialectName[];
const goldenModel = ScoringModel.parse(JSON.parse(readFileSync(new URL('../golden/scoring-model.json', import.meta.url), 'utf8')));
const ruleSets = fc.sample(ruleSetArb, { numRuns: 60, seed: 4242 }).map((raw) => checkRules(raw));
const data = makeRuleTestData(3, ruleSegmentNames);

let ws: Workspace | undefined;
before(async () => {
  ws = await memoryWorkspace();
  await loadIntoDuckDb(ws, data);
});
after(() => ws?.close());

for (const dialect of dialects) {
  test(`${dialect}: every scoring and rule statement parses under the dialect's grammar`, { skip: sqlglotMissing }, () => {
    const statements = [
      compileSql(scoringQuery(goldenModel), dialect, { inline: true }).sql,
      ...ruleSets.flatMap((rules) => compileRuleSetToSql(rules, { dialect, asOf, inline: true }).map((q) => q.sql)),
    ];
    assert.ok(statements.length > 100, `only ${statements.length} statements`);
    const failures = transpileToDuckDb(dialect, statements).flatMap((c, i) => ('error' in c ? [`statement ${i}: ${c.error}\n${statements[i]!.slice(0, 400)}`] : []));
    assert.deepEqual(failures, []);
  });

  test(`${dialect}: rule SQL, transpiled to DuckDB, selects the in-memory evaluator's members`, { skip: sqlglotMissing }, async () => {
    let compared = 0;
    let nonEmpty = 0;
    for (const rules of ruleSets) {
      const queries = compileRuleSetToSql(rules, { dialect, asOf, inline: true });
      const checked = transpileToDuckDb(dialect, queries.map((q) => q.sql));
      const result = evaluateRules(rules, ruleDataOf(data), { asOf });
      assert.ok(result.ok);
      for (const [i, query] of queries.entries()) {
        const c = checked[i]!;
        assert.ok('duckdb' in c, `${query.segment}: ${'error' in c ? c.error : ''}`);
        const members = (await ws!.all<{ entity_id: string }>(c.duckdb)).map((r) => r.entity_id).sort();
        const expected: readonly string[] = result.value.segments.find((s) => s.name === query.segment)?.members ?? [];
        assert.deepEqual(members, [...expected].sort(), `${dialect} ${query.segment} of rule set ${JSON.stringify(rules).slice(0, 300)}`);
        compared++;
        if (expected.length > 0) nonEmpty++;
      }
    }
    assert.ok(compared > 100 && nonEmpty > compared / 3, `${compared} segments compared, ${nonEmpty} non-empty`);
  });
}
