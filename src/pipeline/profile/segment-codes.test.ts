import { test } from 'node:test';
import assert from 'node:assert/strict';
import { naturalOrder, segmentCodes } from './segment-codes.js';
import { cardSection } from './card-sections.js';

test('segment labels: natural order, missing rows left out, integer gaps kept as empty segments', () => {
  assert.deepEqual(segmentCodes(['2', '1', null, '4']), { names: ['1', '2', '3', '4'], codes: Int32Array.of(1, 0, -1, 3) });
  assert.deepEqual(segmentCodes(['b', 'a', 'b']).names, ['a', 'b']);
  assert.deepEqual(segmentCodes(['0', '1', '3']).names, ['0', '1', '2', '3']);
  // more holes than segments: the codes are names, not a range
  assert.deepEqual(segmentCodes(['10', '2', '1']).names, ['1', '2', '10']);
  // large ids are names, not a range to fill
  assert.deepEqual(segmentCodes(['100', '205']).names, ['100', '205']);
  assert.deepEqual(naturalOrder(['seg10', 'seg2']), ['seg2', 'seg10']);
});

test('card sections from battery or name', () => {
  assert.equal(cardSection('q1', 'barriers'), 'barriers');
  assert.equal(cardSection('need_total_cost'), 'drivers');
  assert.equal(cardSection('engagement_webinar'), 'channels');
  assert.equal(cardSection('info_journals'), 'informationSources');
  assert.equal(cardSection('rep_case_support'), 'repInvolvement');
  assert.equal(cardSection('account_type'), 'who');
  assert.equal(cardSection('age'), 'other');
});
