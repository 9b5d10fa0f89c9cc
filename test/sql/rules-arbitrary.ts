/**
 * Random rule sets as users write them (the raw `rules:` section of a project file): field comparisons,
 * sets, ranges, windows, events, segment membership (own, via the account, earlier segments), exit
 * criteria, `within` and exclusive groups, over segments named `ruleSegmentNames`. Shared by the engine
 * equivalence test (rules-equivalence.test.ts) and the warehouse grammar test (warehouse-grammar.test.ts).
 */
import fc from 'fast-check';
import { injection, pools, segmentation } from './rules-data.js';

export const ruleSegmentNames = ['seg0', 'seg1', 'seg2', 'seg3'];
const names = ruleSegmentNames;

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

export const ruleSetArb: fc.Arbitrary<Record<string, unknown>> = fc.array(values(['account', 'stakeholder'] as const), { minLength: 1, maxLength: 4 }).chain((entities) => {
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
