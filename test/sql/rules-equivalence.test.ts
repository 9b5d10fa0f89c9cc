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
import { asOf, injection, loadIntoDuckDb, loadIntoPostgres, makeRuleTestData, pools, ruleDataOf, segmentation, type RuleTestData } from './rules-data.js';

const names = ['seg0', 'seg1', 'seg2', 'seg3'];
const runs = 150;
const datasets: RuleTestData[] = [makeRuleTestData(1, names), makeRuleTestData(2, names)];

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

// ── generators: raw rules as a user writes them ──────────────────────────────────────────────────

const values = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);
const nonNull = <T>(items: readonly (T | null)[]): T[] => items.filter((v): v is T => v !== null);
const numbers = [0, 50, 99.5, 100, 250, 400, 1000];
const dates = nonNull(pools.date);
const days = [0, 1, 30, 90, 365];

type FieldSpec = readonly [string, 'string' | 'number' | 'boolean' | 'date'];
const fieldsOf: Readonly<Record<'account' | 'stakeholder', readonly FieldSpec[]>> = {
  account: [['type', 'string'], ['beds', 'number'], ['has_vac', 'boolean'], ['service_lines', 'string'], ['state', 'string'], ['last_verified', 'date'], ['account_id', 'string']],
  stakeholder: [['role', 'string'], ['specialty', 'string'], ['consent_call', 'boolean'], ['last_verified', 'date'], ['account_id', 'string'], ['account.beds', 'number'], ['account.type', 'string'], ['account.has_vac', 'boolean'], ['account.last_verified', 'date']],
};

const textValues = [...nonNull(pools.type), ...nonNull(pools.role), ...nonNull(pools.specialty), ...nonNull(pools.state), 'A01', 'A99', injection];

function fieldLeaf(entity: 'account' | 'stakeholder'): fc.Arbitrary<Record<string, unknown>> {
  return values(fieldsOf[entity]).chain(([field, type]) => {
    const scalar: fc.Arbitrary<unknown> = type === 'number' ? values(numbers) : type === 'boolean' ? fc.boolean() : type === 'date' ? values(dates) : values(textValues);
    const ops: fc.Arbitrary<Record<string, unknown>>[] = [
      scalar.map((v) => ({ field, equal: v })),
      fc.uniqueArray(scalar, { minLength: 1, maxLength: 3 }).map((v) => ({ field, oneOf: v })),
      fc.boolean().map((v) => ({ field, valid: v })),
    ];
    if (type === 'number' || type === 'date') {
      ops.push(fc.tuple(values(['lt', 'lte', 'gt', 'gte']), scalar).map(([op, v]) => ({ field, [op]: v })));
      ops.push(fc.tuple(fc.option(scalar, { nil: null }), fc.option(scalar, { nil: null })).filter(([a, b]) => a !== null || b !== null).map(([a, b]) => ({ field, range: a !== null && b !== null && (a as number) > (b as number) ? [b, a] : [a, b] })));
    }
    if (type === 'string') ops.push(values(['ortho', '%', '_', 'ORTHO', "'", 'Cardio', 'drop table']).map((v) => ({ field, contains: v })));
    if (type === 'date') ops.push(values(days).map((d) => ({ field, withinDays: d })));
    return fc.oneof(...ops);
  });
}

const eventLeaf = fc.record(
  { type: fc.option(fc.oneof(values(['webinar', 'email', 'demo_request']), fc.constant(['webinar', 'email'])), { nil: undefined }), channel: fc.option(values(['web', 'email']), { nil: undefined }), asset: fc.option(values(['a1']), { nil: undefined }), withinDays: values(days), atLeast: fc.option(values([1, 2, 3]), { nil: undefined }) },
  { requiredKeys: ['withinDays'] },
).map((event) => ({ event: Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined)) }));

function memberLeaf(entity: 'account' | 'stakeholder'): fc.Arbitrary<Record<string, unknown>> {
  const own = entity === 'account' ? fc.record({ kind: fc.constant('quadrant'), segment: values(['growth', 'expansion']) }) : fc.record({ kind: fc.constant('statistical'), segment: values(['1', '2']) });
  const viaAccount = fc.record({ kind: fc.constant('quadrant'), segment: values(['growth']), of: fc.constant('account') });
  return (entity === 'stakeholder' ? fc.oneof(own, viaAccount) : own).map((member) => ({ member }));
}

function condition(entity: 'account' | 'stakeholder', earlier: readonly string[]): fc.Arbitrary<unknown> {
  const leaves: fc.Arbitrary<unknown>[] = [fieldLeaf(entity), fieldLeaf(entity), eventLeaf, memberLeaf(entity)];
  if (earlier.length) leaves.push(values(earlier).map((s) => ({ inSegment: s })));
  const leaf = fc.oneof(...leaves);
  return fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('node').map((n) => ({ not: n })), fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })), fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any) => ({ any }))),
  })).node;
}

const ruleSetArb: fc.Arbitrary<Record<string, unknown>> = fc.array(values(['account', 'stakeholder'] as const), { minLength: 1, maxLength: 4 }).chain((entities) => {
  const segments = entities.map((entity, i) => {
    const earlier = names.slice(0, i);
    return fc.record(
      { entry: condition(entity, earlier), exit: fc.option(condition(entity, earlier), { nil: undefined }), within: earlier.length ? fc.option(values(earlier), { nil: undefined }) : fc.constant(undefined) },
      { requiredKeys: ['entry'] },
    ).map((s) => ({ name: names[i], entity, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) }));
  });
  // an exclusive group over the segments of the most common entity kind, in document order
  const kind = entities.filter((e) => e === 'account').length >= entities.length / 2 ? 'account' : 'stakeholder';
  const members = names.slice(0, entities.length).filter((_, i) => entities[i] === kind);
  return fc.tuple(fc.tuple(...segments), fc.boolean()).map(([list, exclusive]) => ({
    segmentation,
    segments: list,
    ...(exclusive && members.length >= 2 ? { exclusive: [{ name: 'priority', order: members }] } : {}),
  }));
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
