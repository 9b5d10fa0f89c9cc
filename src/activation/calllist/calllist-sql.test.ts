import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { memoryWorkspace, type Workspace } from '../../data/workspace.js';
import { csvField, isFormulaLike } from '../formula-guard.js';
import { callListColumns, compareCallListRows, compareCodePoints, type CallListRow } from './calllist-row.js';
import { callListJsonObjectSql, callListOrderSql, csvTextCellSql, formulaFirstCodePoints } from './calllist-sql.js';

let ws: Workspace;
before(async () => {
  ws = await memoryWorkspace();
});
after(() => ws.close());

/** Text that exercises the guard and the quoting: formula starts, separators, quotes, line breaks, non-ASCII, astral. */
const tricky = fc.string({
  unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", 'a', 'Z', ' ', '1', 'é', '\uFF1D', '\uFF0B', '\uFF20', '\uFFFF', '\u{1F600}', '\uE000'),
  maxLength: 8,
});

test('the SQL guard starts on exactly the characters isFormulaLike guards (every BMP code point)', () => {
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCharCode(cp);
    assert.equal(formulaFirstCodePoints.includes(cp), isFormulaLike(`${ch}x`), `U+${cp.toString(16)}`);
  }
});

test('csvTextCellSql writes the same cell as csvField (=HYPERLINK stays inert)', async () => {
  const fixed = ['', '=HYPERLINK("http://x","y")', '-5 mg', '+1', '@SUM(A1)', '\tcmd', '\rcmd', 'a,b', 'say "hi"', 'two\r\nlines', '\uFF1D1', 'plain', null];
  const sample = fc.sample(tricky, { numRuns: 400, seed: 7 });
  const values = [...fixed, ...sample];
  await ws.run('create or replace temp table cells (i integer, "name" varchar)');
  const appender = await ws.connection.createAppender('cells');
  values.forEach((v, i) => {
    appender.appendInteger(i);
    if (v === null) appender.appendNull();
    else appender.appendVarchar(v);
    appender.endRow();
  });
  appender.closeSync();
  const rows = await ws.all<{ i: number; cell: string }>(`select i, ${csvTextCellSql('name')} as cell from cells order by i`);
  assert.equal(rows.length, values.length);
  for (const r of rows) assert.equal(r.cell, csvField(values[r.i]), JSON.stringify(values[r.i]));
  assert.equal(rows[1]?.cell, `"'=HYPERLINK(""http://x"",""y"")"`);
});

const rowArb: fc.Arbitrary<CallListRow> = fc.record({
  stakeholder_id: tricky, npi: fc.option(tricky, { nil: null }), name: fc.option(tricky, { nil: null }), role: fc.option(tricky, { nil: null }),
  specialty: fc.option(tricky, { nil: null }), account_id: fc.option(tricky, { nil: null }), account_name: fc.option(tricky, { nil: null }),
  territory_id: fc.option(tricky, { nil: null }), rep: fc.option(tricky, { nil: null }), segment: fc.option(tricky, { nil: null }),
  segment_source: fc.option(tricky, { nil: null }), segment_confidence: fc.option(fc.constantFrom(0, 1, 0.5, 0.123, 0.001, 0.999, 0.1, 0.7), { nil: null }),
  tier: fc.option(tricky, { nil: null }), quadrant: fc.option(tricky, { nil: null }), tags: fc.option(tricky, { nil: null }),
  message_pillar: fc.option(tricky, { nil: null }), next_step: fc.option(tricky, { nil: null }), last_verified: fc.option(tricky, { nil: null }),
  stale: fc.boolean(), stale_reason: fc.option(tricky, { nil: null }),
});

/** Loads rows into a temp table shaped like calllist_rows (confidence as JSON number text). */
async function load(rows: readonly CallListRow[]): Promise<void> {
  const texts = callListColumns.filter((c) => c !== 'segment_confidence' && c !== 'stale');
  await ws.run(`create or replace temp table t (i integer, ${texts.map((c) => `"${c}" varchar`).join(', ')}, segment_confidence_json varchar, stale boolean)`);
  const appender = await ws.connection.createAppender('t');
  rows.forEach((row, i) => {
    appender.appendInteger(i);
    for (const c of texts) {
      const v = row[c];
      if (typeof v === 'string') appender.appendVarchar(v);
      else appender.appendNull();
    }
    if (row.segment_confidence === null) appender.appendNull();
    else appender.appendVarchar(String(row.segment_confidence));
    appender.appendBoolean(row.stale);
    appender.endRow();
  });
  appender.closeSync();
}

test('callListJsonObjectSql writes what JSON.stringify writes for a CallListRow', async () => {
  const rows = fc.sample(rowArb, { numRuns: 300, seed: 11 });
  await load(rows);
  const out = await ws.all<{ i: number; j: string }>(`select i, cast(${callListJsonObjectSql()} as varchar) as j from t order by i`);
  for (const r of out) assert.equal(r.j, JSON.stringify(rows[r.i]));
});

test('the known JSON difference: DuckDB writes \\u000B where JSON.stringify writes \\u000b, same value', async () => {
  const [r] = await ws.all<{ j: string }>('select cast(to_json($1::varchar) as varchar) as j', ['a\u000bb']);
  assert.notEqual(r?.j, JSON.stringify('a\u000bb'));
  assert.equal(JSON.parse(r?.j ?? '""'), 'a\u000bb');
});

test('compareCodePoints is code point order; callListOrderSql sorts as compareCallListRows does', async () => {
  fc.assert(
    fc.property(tricky, tricky, (a, b) => {
      const cps = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0) ?? 0);
      const x = cps(a);
      const y = cps(b);
      let expected = 0;
      for (let i = 0; i < Math.min(x.length, y.length) && expected === 0; i++) expected = Math.sign((x[i] ?? 0) - (y[i] ?? 0));
      if (expected === 0) expected = Math.sign(x.length - y.length);
      assert.equal(compareCodePoints(a, b), expected);
    }),
    { numRuns: 500, seed: 3 },
  );
  assert.equal(compareCodePoints('\uFF21', '\u{1F600}'), -1, 'a full-width letter sorts before an emoji, as in UTF-8');
  const rows = fc.sample(rowArb, { numRuns: 300, seed: 5 });
  await load(rows);
  const sql = (await ws.all<{ i: number }>(`select i from t order by ${callListOrderSql()}, i`)).map((r) => r.i);
  const js = rows.map((row, i) => ({ row, i })).sort((a, b) => compareCallListRows(a.row, b.row) || a.i - b.i).map((r) => r.i);
  assert.deepEqual(sql, js);
});
