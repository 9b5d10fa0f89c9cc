import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRuleSet, summarizeRuleIssues, type RuleIssue } from './check-rule-set.js';
import { parseRulesSection } from './parse-rules-section.js';
import type { TypedRuleSet } from './typed-rule.js';

function check(input: unknown): { ok: true; value: TypedRuleSet } | { ok: false; issues: RuleIssue[] } {
  const parsed = parseRulesSection(input);
  if (!parsed.ok) return { ok: false, issues: parsed.error };
  const checked = checkRuleSet(parsed.value);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, issues: checked.error };
}

const seg = (entry: unknown, extra: Record<string, unknown> = {}) => ({ segments: [{ name: 'a', entity: 'stakeholder', entry, ...extra }] });

test('a valid layered rule set is typed with defaults filled in', () => {
  const result = check({
    segmentation: 'crm',
    segments: [
      { name: 'ortho', entity: 'account', entry: { all: [{ field: 'type', oneOf: ['hospital', 'hospital'] }, { field: 'has_vac', equal: true }, { field: 'beds', range: [100, null] }] } },
      { name: 'champions', entity: 'stakeholder', within: 'ortho', entry: { any: [{ event: { type: 'webinar', withinDays: 90 } }, { field: 'account.beds', gte: 500 }] }, exit: { not: { field: 'last_verified', withinDays: 365 } } },
      { name: 'hot', entity: 'stakeholder', entry: { inSegment: 'champions' } },
      { name: 'cold', entity: 'stakeholder', entry: { member: { kind: 'quadrant', segment: 'growth', of: 'account' } } },
    ],
    exclusive: [{ name: 'heat', order: ['hot', 'cold'] }],
  });
  assert.ok(result.ok);
  const [ortho, champions, hot, cold] = result.value.segments;
  assert.deepEqual(ortho?.entry, { all: [
    { op: 'oneOf', field: { scope: 'self', name: 'type', type: 'string' }, values: ['hospital'] },
    { op: 'compare', field: { scope: 'self', name: 'has_vac', type: 'boolean' }, cmp: '=', value: true },
    { op: 'range', field: { scope: 'self', name: 'beds', type: 'number' }, min: 100, max: null },
  ] });
  assert.deepEqual(champions?.entry, { any: [
    { op: 'event', types: ['webinar'], channels: null, assets: null, days: 90, atLeast: 1 },
    { op: 'compare', field: { scope: 'account', name: 'beds', type: 'number' }, cmp: '>=', value: 500 },
  ] });
  assert.equal(champions?.within, 'ortho');
  assert.deepEqual(hot?.entry, { op: 'inSegment', segment: 'champions', entity: 'stakeholder' });
  assert.deepEqual(cold?.excludedBy, ['hot']);
  assert.equal(cold?.group, 'heat');
  assert.deepEqual(cold?.entry, { op: 'member', segment: 'growth', segmentation: null, kind: 'quadrant', of: 'account' });
});

test('an unknown field is named with close matches', () => {
  const result = check(seg({ field: 'specality', equal: 'Orthopedics' }));
  assert.ok(!result.ok);
  assert.equal(result.issues[0]?.code, 'unknown_field');
  assert.equal(result.issues[0]?.path, 'segments[0].entry');
  assert.deepEqual(result.issues[0]?.suggestions, ['specialty']);
  assert.equal(result.issues[0]?.message, 'unknown stakeholder field `specality` (did you mean `specialty`?)');
  const scoped = check(seg({ field: 'account.bed', gte: 1 }));
  assert.ok(!scoped.ok);
  assert.deepEqual(scoped.issues[0]?.suggestions, ['account.beds']);
});

test('type mismatches are reported per operator', () => {
  const cases: [unknown, RegExp][] = [
    [{ field: 'account.beds', equal: 'many' }, /field `account.beds` is a number; `equal` requires a value of that type, got "many"/],
    [{ field: 'zip', equal: 2139 }, /field `zip` is text/],
    [{ field: 'specialty', lt: 3 }, /`lt` requires a number or date field; `specialty` is text/],
    [{ field: 'account.beds', contains: 'x' }, /`contains` requires a text field/],
    [{ field: 'specialty', withinDays: 3 }, /`withinDays` requires a date field/],
    [{ field: 'last_verified', gte: '2024-02-30' }, /requires an ISO date/],
    [{ field: 'consent_call', equal: 'yes' }, /is a boolean/],
    [{ field: 'account.beds', range: [500, 100] }, /requires min <= max/],
  ];
  for (const [entry, pattern] of cases) {
    const result = check(seg(entry));
    assert.ok(!result.ok, JSON.stringify(entry));
    assert.match(result.issues[0]?.message ?? '', pattern);
  }
});

test('every problem is collected with its path', () => {
  const result = check(seg({ all: [{ field: 'nope', equal: 1 }, { not: { field: 'beds', gte: 1 } }, { inSegment: 'b' }] }));
  assert.ok(!result.ok);
  assert.deepEqual(result.issues.map((i) => [i.code, i.path]), [
    ['unknown_field', 'segments[0].entry.all[0]'],
    ['unknown_field', 'segments[0].entry.all[1].not'],
    ['unknown_segment', 'segments[0].entry.all[2]'],
  ]);
  assert.match(summarizeRuleIssues(result.issues), /\(and 2 more problems\)$/);
});

test('malformed conditions are explained by the shape their operator selects', () => {
  const typo = check(seg({ all: [{ field: 'beds', gtee: 1 }] }));
  assert.ok(!typo.ok);
  assert.equal(typo.issues[0]?.path, 'segments[0].entry.all[0]');
  assert.match(typo.issues[0]?.message ?? '', /got keys `field`, `gtee`/);
  const extra = check(seg({ field: 'beds', gte: 1, lte: 5 }));
  assert.ok(!extra.ok);
  assert.match(extra.issues[0]?.message ?? '', /unrecognized key/);
  const days = check(seg({ event: { type: 'webinar', withinDays: -1 } }));
  assert.ok(!days.ok);
  assert.equal(days.issues[0]?.path, 'segments[0].entry.event.withinDays');
  const value = check(seg({ field: 'beds', equal: { $ne: 1 } }));
  assert.ok(!value.ok);
  assert.equal(value.issues[0]?.path, 'segments[0].entry.equal');
});

test('groups and names are checked', () => {
  const result = check({
    segments: [
      { name: 'a', entity: 'account', entry: { field: 'beds', gte: 1 } },
      { name: 'a', entity: 'account', entry: { field: 'beds', gte: 2 } },
      { name: 'b', entity: 'stakeholder', entry: { field: 'role', equal: 'nurse' } },
    ],
    exclusive: [{ name: 'g', order: ['a', 'b', 'c'] }],
  });
  assert.ok(!result.ok);
  assert.deepEqual(result.issues.map((i) => i.code).sort(), ['bad_group', 'duplicate_segment', 'unknown_segment']);
});

test('an injection attempt in a value is just a value', () => {
  const result = check(seg({ field: 'name', equal: "'; drop table accounts; --" }));
  assert.ok(result.ok);
  assert.deepEqual(result.value.segments[0]?.entry, { op: 'compare', field: { scope: 'self', name: 'name', type: 'string' }, cmp: '=', value: "'; drop table accounts; --" });
});
