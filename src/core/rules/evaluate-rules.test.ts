import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateRules } from './evaluate-rules.js';
import { orderSegments } from './order-segments.js';
import { emptyRuleData, type RuleData } from './rule-data.js';
import type { ProgramField, ProgramSegment, RuleProgram } from './rule-program.js';

const f = (name: string, type: ProgramField['type'], scope: ProgramField['scope'] = 'self'): ProgramField => ({ scope, name, type });
const segment = (s: Partial<ProgramSegment> & Pick<ProgramSegment, 'name' | 'entry'>): ProgramSegment => ({
  entity: 'account', within: null, exit: null, excludedBy: [], ...s,
});
const program = (...segments: ProgramSegment[]): RuleProgram => Object.freeze({ segmentation: 'test', segments });

const data: RuleData = Object.freeze({
  ...emptyRuleData,
  accounts: Object.freeze([
    { account_id: 'A1', type: 'hospital', beds: 400, has_vac: true, service_lines: 'orthopedics;cardiology', last_verified: new Date('2024-05-01') },
    { account_id: 'A2', type: 'hospital', beds: 90, has_vac: false, service_lines: 'cardiology', last_verified: '2022-01-01' },
    { account_id: 'A3', type: 'ASC', beds: null, has_vac: null, service_lines: null, last_verified: null },
  ]),
  stakeholders: Object.freeze([
    { stakeholder_id: 'S1', account_id: 'A1', specialty: 'Orthopedic Surgery' },
    { stakeholder_id: 'S2', account_id: 'A1', specialty: 'Cardiology' },
    { stakeholder_id: 'S3', account_id: 'A2', specialty: 'Orthopedic Surgery' },
    { stakeholder_id: 'S4', account_id: null, specialty: null },
  ]),
  events: Object.freeze([
    { stakeholder_id: 'S1', account_id: 'A1', type: 'webinar', channel: 'web', asset: 'x', ts: '2024-06-30T23:59:59' },
    { stakeholder_id: 'S2', account_id: 'A1', type: 'webinar', channel: 'web', asset: 'x', ts: '2024-04-01T00:00:00' }, // exactly 90 days before
    { stakeholder_id: 'S3', account_id: 'A2', type: 'webinar', channel: 'web', asset: 'x', ts: '2024-03-31T23:59:59' }, // one second too early
    { stakeholder_id: 'S3', account_id: 'A2', type: 'email', channel: 'email', asset: 'y', ts: '2024-06-01T00:00:00' },
  ]),
  memberships: Object.freeze([{ kind: 'quadrant', segmentation: 'opportunity', entityKind: 'account', entityId: 'A2', segment: 'growth' }]),
});
const asOf = '2024-06-30';

function members(p: RuleProgram, d: RuleData = data): Record<string, readonly string[]> {
  const result = evaluateRules(p, d, { asOf });
  assert.ok(result.ok);
  return Object.fromEntries(result.value.segments.map((s) => [s.name, s.members]));
}

test('field predicates are two-valued: a missing value never matches, `not` of it does', () => {
  const out = members(program(
    segment({ name: 'big', entry: { op: 'compare', field: f('beds', 'number'), cmp: '>=', value: 100 } }),
    segment({ name: 'notBig', entry: { not: { op: 'compare', field: f('beds', 'number'), cmp: '>=', value: 100 } } }),
    segment({ name: 'mid', entry: { op: 'range', field: f('beds', 'number'), min: 50, max: 400 } }),
    segment({ name: 'ortho', entry: { op: 'contains', field: f('service_lines', 'string'), text: 'orthopedics' } }),
    segment({ name: 'noBeds', entry: { op: 'valid', field: f('beds', 'number'), valid: false } }),
    segment({ name: 'fresh', entry: { op: 'withinDays', field: f('last_verified', 'date'), days: 365 } }),
    segment({ name: 'types', entry: { op: 'oneOf', field: f('type', 'string'), values: ['ASC', 'clinic'] } }),
  ));
  assert.deepEqual(out, { big: ['A1'], notBig: ['A2', 'A3'], mid: ['A1', 'A2'], ortho: ['A1'], noBeds: ['A3'], fresh: ['A1'], types: ['A3'] });
});

test('event windows include asOf − d days and the whole asOf day', () => {
  const out = members(program(
    segment({ name: 'webinar90', entity: 'stakeholder', entry: { op: 'event', types: ['webinar'], channels: null, assets: null, days: 90, atLeast: 1 } }),
    segment({ name: 'twice', entity: 'stakeholder', entry: { op: 'event', types: null, channels: null, assets: null, days: 365, atLeast: 2 } }),
    segment({ name: 'accountEngaged', entry: { op: 'event', types: null, channels: ['web'], assets: null, days: 90, atLeast: 2 } }),
  ));
  assert.deepEqual(out, { webinar90: ['S1', 'S2'], twice: ['S3'], accountEngaged: ['A1'] });
});

test('layered segments: stakeholders within account segments, accounts with member stakeholders', () => {
  const out = members(program(
    segment({ name: 'vac', entry: { op: 'compare', field: f('has_vac', 'boolean'), cmp: '=', value: true } }),
    segment({ name: 'surgeons', entity: 'stakeholder', within: 'vac', entry: { op: 'compare', field: f('specialty', 'string'), cmp: '=', value: 'Orthopedic Surgery' } }),
    segment({ name: 'bigAccountPeople', entity: 'stakeholder', entry: { op: 'compare', field: f('beds', 'number', 'account'), cmp: '>', value: 50 } }),
    segment({ name: 'withSurgeon', entry: { op: 'inSegment', segment: 'surgeons', entity: 'stakeholder' } }),
    segment({ name: 'growthPeople', entity: 'stakeholder', entry: { op: 'member', segment: 'growth', segmentation: null, kind: 'quadrant', of: 'account' } }),
  ));
  assert.deepEqual(out, { vac: ['A1'], surgeons: ['S1'], bigAccountPeople: ['S1', 'S2', 'S3'], withSurgeon: ['A1'], growthPeople: ['S3'] });
});

test('exit criteria keep previous members until the exit condition holds', () => {
  const p = program(segment({
    name: 'large',
    entry: { op: 'compare', field: f('beds', 'number'), cmp: '>=', value: 300 },
    exit: { op: 'compare', field: f('beds', 'number'), cmp: '<', value: 50 },
  }));
  assert.deepEqual(members(p), { large: ['A1'] });
  // A2 (90 beds) was a member: it stays, because 90 is not below the exit threshold; A3 (no beds) stays too,
  // because a missing value does not satisfy the exit condition either
  const previous = new Map([['large', new Set(['A2', 'A3'])]]);
  assert.deepEqual(members(p, { ...data, previous }), { large: ['A1', 'A2', 'A3'] });
});

test('an exclusive group keeps the first matching segment in priority order', () => {
  const out = members(program(
    segment({ name: 'hot', entry: { op: 'compare', field: f('beds', 'number'), cmp: '>=', value: 300 } }),
    segment({ name: 'warm', excludedBy: ['hot'], entry: { op: 'compare', field: f('beds', 'number'), cmp: '>=', value: 50 } }),
    segment({ name: 'cold', excludedBy: ['hot', 'warm'], entry: { op: 'valid', field: f('account_id', 'string'), valid: true } }),
    segment({ name: 'tag', entry: { op: 'compare', field: f('beds', 'number'), cmp: '>=', value: 50 } }),
  ));
  assert.deepEqual(out, { hot: ['A1'], warm: ['A2'], cold: ['A3'], tag: ['A1', 'A2'] });
});

test('circular references are reported as the closing path', () => {
  const loop = program(
    segment({ name: 'a', entry: { op: 'inSegment', segment: 'b', entity: 'account' } }),
    segment({ name: 'b', within: 'c', entry: { op: 'valid', field: f('beds', 'number'), valid: true } }),
    segment({ name: 'c', entry: { not: { op: 'inSegment', segment: 'a', entity: 'account' } } }),
  );
  const result = evaluateRules(loop, data, { asOf });
  assert.ok(!result.ok);
  assert.deepEqual(result.error.cycle, ['a', 'b', 'c', 'a']);
  const self = orderSegments(new Map([['x', ['x']]]));
  assert.ok(!self.ok);
  assert.deepEqual(self.error, ['x', 'x']);
});
