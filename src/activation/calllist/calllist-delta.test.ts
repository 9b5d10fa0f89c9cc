import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyCallListDelta, diffCallLists } from './calllist-delta.js';
import { compareCallListRows, type CallListRow } from './calllist-row.js';

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const small = fc.constantFrom('a', 'b', 'c');

const rowArb = (id: string): fc.Arbitrary<CallListRow> =>
  fc.record({
    stakeholder_id: fc.constant(id),
    npi: maybe(small), name: maybe(fc.string({ maxLength: 4 })), role: maybe(small), specialty: maybe(small),
    account_id: maybe(small), account_name: maybe(small), territory_id: maybe(small), rep: maybe(small),
    segment: maybe(small), segment_source: maybe(small), segment_confidence: maybe(fc.constantFrom(0.5, 0.9, 1)),
    tier: maybe(fc.constantFrom('1', '2', '3')), quadrant: maybe(small), tags: maybe(small), message_pillar: maybe(small),
    next_step: maybe(small), last_verified: maybe(fc.constantFrom('2024-01-01', '2020-05-05')), stale: fc.boolean(), stale_reason: maybe(small),
  });

/** A call list: unique ids drawn from a small pool so two lists overlap. */
const listArb = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 }).chain((ids) =>
  ids.length === 0 ? fc.constant([] as CallListRow[]) : fc.tuple(...ids.map((i) => rowArb(`S${i}`))),
);

test('previous export + delta = current export (property)', () => {
  fc.assert(
    fc.property(listArb, listArb, (previous, current) => {
      const delta = diffCallLists(previous, current);
      assert.deepEqual(applyCallListDelta(previous, delta), [...current].sort(compareCallListRows));
      // the delta is minimal: nothing unchanged is listed, and the three parts never share an id
      const ids = [...delta.added, ...delta.removed].map((r) => r.stakeholder_id).concat(delta.changed.map((c) => c.key));
      assert.equal(new Set(ids).size, ids.length);
      for (const c of delta.changed) assert.ok(c.fields.length > 0);
    }),
    { numRuns: 300, seed: 20240630 },
  );
});

test('diffCallLists names the changed columns', () => {
  const base: CallListRow = {
    stakeholder_id: 'S1', npi: null, name: 'Ann', role: null, specialty: null, account_id: null, account_name: null, territory_id: 'T1',
    rep: null, segment: '1', segment_source: 'statistical', segment_confidence: 0.9, tier: '1', quadrant: 'growth', tags: null,
    message_pillar: null, next_step: null, last_verified: null, stale: false, stale_reason: null,
  };
  const delta = diffCallLists([base], [{ ...base, tier: '2', stale: true }]);
  assert.deepEqual(delta.changed.map((c) => c.fields), [['tier', 'stale']]);
  assert.deepEqual(diffCallLists([base], [base]), { added: [], removed: [], changed: [] });
});
