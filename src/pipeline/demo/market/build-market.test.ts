import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildMarket, type Market } from './build-market.js';
import { dayOf } from './calendar.js';
import type { roles } from './catalog.js';
import { highOpportunity, quadrants, segments } from './catalog.js';
import { cellFormatter, csvChunks } from './csv.js';
import { csvBytes } from './csv-bytes.js';
import { isValidNpi } from './npi.js';
import type { Table } from './table.js';

const asOfDay = dayOf('2025-06-30');
const market = buildMarket({ size: 'small', seed: 42, asOfDay });

const tableOf = (m: Market, name: string): Table => {
  const t = m.sources.find((x) => x.name === name) ?? m.truth.find((x) => x.name === name);
  assert.ok(t, `table ${name}`);
  return t;
};
/** Every cell of a column as the CSV shows it. */
const cells = (t: Table, name: string): string[] => {
  const c = t.columns.find((x) => x.name === name);
  assert.ok(c, `${t.name}.${name}`);
  const format = cellFormatter(c.data);
  return Array.from({ length: t.rows }, (_, i) => format(i));
};
const col = (name: string, column: string): string[] => cells(tableOf(market, name), column);
/** Data-row indices (0-based) planted to be rejected in a table. */
const planted = (name: string): Set<number> => new Set(market.plantedRejects.filter((r) => r.table === name).map((r) => r.row - 2));
const digest = (m: Market): string => {
  const hash = createHash('sha256');
  for (const t of [...m.sources, ...m.truth]) for (const chunk of csvBytes(t)) hash.update(chunk);
  return hash.digest('hex');
};

test('the same seed gives the same bytes; another seed or as-of day gives others', () => {
  const again = buildMarket({ size: 'small', seed: 42, asOfDay });
  assert.equal(digest(again), digest(market));
  assert.notEqual(digest(buildMarket({ size: 'small', seed: 43, asOfDay })), digest(market));
  assert.notEqual(digest(buildMarket({ size: 'small', seed: 42, asOfDay: asOfDay + 200 })), digest(market));
});

test('the byte encoder writes exactly the text the cell formatters describe, for every table', () => {
  const decoder = new TextDecoder();
  for (const t of [...market.sources, ...market.truth]) {
    const fromBytes = [...csvBytes(t)].map((b) => decoder.decode(b)).join('');
    assert.equal(fromBytes, [...csvChunks(t)].join(''), t.name);
  }
});

test('sources come in import order and the small market has the advertised size', () => {
  assert.deepEqual(
    market.sources.map((t) => t.name),
    ['territories', 'products', 'accounts', 'stakeholders', 'affiliations', 'referrals', 'volumes', 'sales', 'kol_signals', 'survey_questions', 'survey_respondents', 'survey_responses', 'engagement_events'],
  );
  const stakeholders = tableOf(market, 'stakeholders').rows - planted('stakeholders').size;
  assert.equal(stakeholders, 5000);
  assert.equal(tableOf(market, 'survey_respondents').rows, 1000);
  assert.equal(tableOf(market, 'survey_questions').rows, 32);
});

test('every NPI passes the Luhn check with the 80840 prefix, except the three planted bad ones', () => {
  const npis = col('stakeholders', 'npi');
  const bad = planted('stakeholders');
  let checked = 0;
  npis.forEach((npi, i) => {
    if (npi === '') return;
    checked++;
    assert.equal(isValidNpi(npi), !bad.has(i), `row ${i + 2}: ${npi}`);
  });
  assert.ok(checked > 3000);
  assert.equal(bad.size, 3);
  assert.equal(new Set(npis.filter(Boolean)).size, npis.filter(Boolean).length, 'NPIs are unique');
});

test('referential integrity holds everywhere except the planted dangling referrals', () => {
  const ids = (name: string, column: string): Set<string> => new Set(col(name, column));
  const accounts = ids('accounts', 'account_id');
  const stakeholders = ids('stakeholders', 'stakeholder_id');
  const refs: [string, string, Set<string>][] = [
    ['stakeholders', 'account_id', accounts],
    ['stakeholders', 'territory_id', ids('territories', 'territory_id')],
    ['accounts', 'territory_id', ids('territories', 'territory_id')],
    ['affiliations', 'stakeholder_id', stakeholders],
    ['affiliations', 'account_id', accounts],
    ['referrals', 'from_id', stakeholders],
    ['sales', 'account_id', accounts],
    ['sales', 'product_id', ids('products', 'product_id')],
    ['kol_signals', 'stakeholder_id', stakeholders],
    ['survey_respondents', 'stakeholder_id', stakeholders],
    ['survey_responses', 'respondent_id', ids('survey_respondents', 'respondent_id')],
    ['survey_responses', 'question_id', ids('survey_questions', 'question_id')],
    ['engagement_events', 'stakeholder_id', stakeholders],
    ['engagement_events', 'account_id', accounts],
  ];
  for (const [name, column, target] of refs) {
    for (const value of col(name, column)) assert.ok(target.has(value), `${name}.${column} = ${value}`);
  }
  const parents = col('accounts', 'parent_id');
  const gpos = col('accounts', 'gpo_id');
  const typeColumn = col('accounts', 'type');
  const types = new Map(col('accounts', 'account_id').map((id, i) => [id, typeColumn[i]]));
  parents.forEach((p) => p === '' || assert.equal(types.get(p), 'health_system'));
  gpos.forEach((g) => g === '' || assert.equal(types.get(g), 'gpo'));
  const to = col('referrals', 'to_id');
  const dangling = to.flatMap((id, i) => (stakeholders.has(id) ? [] : [i]));
  assert.deepEqual(new Set(dangling), planted('referrals'));
  const kinds = col('volumes', 'entity_kind');
  col('volumes', 'entity_id').forEach((id, i) => assert.ok((kinds[i] === 'account' ? accounts : stakeholders).has(id), id));
});

test('keys are unique as the importer defines them, so nothing is rejected as a duplicate', () => {
  const keys: [string, string[]][] = [
    ['accounts', ['account_id']],
    ['stakeholders', ['stakeholder_id']],
    ['affiliations', ['stakeholder_id', 'account_id', 'kind']],
    ['referrals', ['from_id', 'to_id']],
    ['kol_signals', ['stakeholder_id', 'kind', 'period']],
    ['sales', ['account_id', 'product_id', 'period']],
    ['engagement_events', ['event_id']],
    ['survey_respondents', ['respondent_id']],
  ];
  for (const [name, key] of keys) {
    const columns = key.map((k) => col(name, k));
    const joined = columns[0]!.map((_, i) => columns.map((c) => c[i]).join('|'));
    assert.equal(new Set(joined).size, joined.length, name);
  }
  const volumeKey = ['entity_kind', 'entity_id', 'code', 'period'].map((k) => col('volumes', k));
  const bad = planted('volumes');
  const good = volumeKey[0]!.flatMap((_, i) => (bad.has(i) ? [] : [volumeKey.map((c) => c[i]).join('|')]));
  assert.equal(new Set(good).size, good.length, 'volumes');
});

test('counts under 11 are suppressed (blank), never written as small numbers or zeros', () => {
  for (const [name, countColumn] of [['volumes', 'count'], ['referrals', 'shared_patients']] as const) {
    const counts = col(name, countColumn);
    const bad = planted(name);
    let blank = 0;
    counts.forEach((c, i) => {
      if (bad.has(i)) return;
      if (c === '') blank++;
      else assert.ok(Number(c) >= 11, `${name} row ${i + 2}: ${c}`);
    });
    assert.ok(blank > 0 && blank < counts.length, name);
  }
});

test('the referral network has hubs: a heavy-tailed in-degree', () => {
  const inDegree = new Map<string, number>();
  for (const to of col('referrals', 'to_id')) inDegree.set(to, (inDegree.get(to) ?? 0) + 1);
  const degrees = [...inDegree.values()].sort((a, b) => a - b);
  const median = degrees[Math.floor(degrees.length / 2)]!;
  const top = degrees.slice(-Math.ceil(degrees.length / 100)).reduce((a, b) => a + b, 0);
  assert.ok(degrees.at(-1)! >= 10 * median, `max ${degrees.at(-1)} vs median ${median}`);
  assert.ok(top / tableOf(market, 'referrals').rows > 0.08, 'the top 1% receive a large share of referrals');
});

test('planted bad rows sit where the list says, one broken cell each', () => {
  assert.equal(market.plantedRejects.length, 9);
  const byTable = (t: string): number => market.plantedRejects.filter((r) => r.table === t).length;
  assert.deepEqual([byTable('accounts'), byTable('stakeholders'), byTable('referrals'), byTable('volumes'), byTable('survey_responses')], [1, 3, 2, 1, 2]);
  for (const r of planted('accounts')) assert.equal(col('accounts', 'last_verified')[r], '2205-03-14');
  for (const r of planted('volumes')) assert.equal(col('volumes', 'count')[r], '-3');
  for (const r of planted('survey_responses')) assert.equal(col('survey_responses', 'value')[r], '9');
});

/** Planted quadrant index by account id (treating accounts only). */
const quadrantOf = (): Map<string, number> => {
  const truth = market.truth.find((t) => t.name === 'accounts');
  assert.ok(truth);
  const labels = cells(truth, 'planted_quadrant');
  return new Map(cells(truth, 'account_id').map((id, i) => [id, quadrants.findIndex((q) => q === labels[i])]));
};

test('the planted quadrants drive opportunity (volume) and position (our share)', () => {
  const quadrant = quadrantOf();
  assert.ok(quadrant.size > 200);
  const volume = new Map<string, number>();
  const kinds = col('volumes', 'entity_kind');
  const codes = col('volumes', 'code');
  const counts = col('volumes', 'count');
  col('volumes', 'entity_id').forEach((id, i) => {
    if (kinds[i] === 'account' && codes[i] !== 'I70.2') volume.set(id, (volume.get(id) ?? 0) + (Number(counts[i]) || 5));
  });
  const ours = new Map<string, number>();
  const all = new Map<string, number>();
  const units = col('sales', 'units');
  const product = col('sales', 'product_id');
  col('sales', 'account_id').forEach((id, i) => {
    all.set(id, (all.get(id) ?? 0) + Number(units[i]));
    if (product[i]!.startsWith('MER')) ours.set(id, (ours.get(id) ?? 0) + Number(units[i]));
  });
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const by = (q: number, f: (id: string) => number): number => median([...quadrant].filter(([, v]) => v === q).map(([id]) => f(id)));
  const vol = (id: string): number => volume.get(id) ?? 0;
  const share = (id: string): number => (ours.get(id) ?? 0) / (all.get(id) || 1);
  for (const high of [1, 3]) for (const low of [0, 2]) assert.ok(by(high, vol) > 2 * by(low, vol), `volume ${quadrants[high]} vs ${quadrants[low]}`);
  for (const high of [1, 2]) for (const low of [0, 3]) assert.ok(by(high, share) > 0.3 && by(low, share) < 0.15, `share ${quadrants[high]} vs ${quadrants[low]}`);
});

test('the survey samples stakeholders of growth and expansion accounts only, with planted quality problems', () => {
  const q = quadrantOf();
  const accounts = col('stakeholders', 'account_id');
  const accountOf = new Map(col('stakeholders', 'stakeholder_id').map((id, i) => [id, accounts[i]!]));
  for (const s of col('survey_respondents', 'stakeholder_id')) assert.ok(highOpportunity(q.get(accountOf.get(s)!) ?? -1), s);
  const quality = col('respondent_quality', 'quality');
  const share = (label: string): number => quality.filter((x) => x === label).length / quality.length;
  assert.ok(share('straight_liner') > 0.01 && share('straight_liner') < 0.035);
  assert.ok(share('speeder') > 0.01 && share('speeder') < 0.035);
  const answered = tableOf(market, 'survey_responses').rows - planted('survey_responses').size;
  const missing = 1 - answered / (1000 * 32);
  assert.ok(missing > 0.015 && missing < 0.04, `missing ${missing}`);
});

test('every stakeholder has a planted segment, and roles tilt the segments as planned', () => {
  const truth = market.truth.find((t) => t.name === 'stakeholder_segments');
  assert.ok(truth);
  const segment = cells(truth, 'segment');
  const segmentOf = new Map(cells(truth, 'stakeholder_id').map((id, i) => [id, segment[i]!]));
  assert.equal(segmentOf.size, 5000);
  for (const s of segmentOf.values()) assert.ok((segments as readonly string[]).includes(s));
  const ids = col('stakeholders', 'stakeholder_id');
  const role = col('stakeholders', 'role');
  const shareIn = (r: (typeof roles)[number], seg: string): number => {
    const members = ids.filter((id, i) => role[i] === r && segmentOf.has(id));
    return members.filter((id) => segmentOf.get(id) === seg).length / members.length;
  };
  assert.ok(shareIn('procurement', 'Value guardians') > 0.6);
  assert.ok(shareIn('nurse', 'Workflow pragmatists') > 0.45);
});

test('every survey item is Likert with a label for each point of its scale', () => {
  const max = col('survey_questions', 'scale_max');
  const types = col('survey_questions', 'type');
  col('survey_questions', 'options').forEach((raw, i) => {
    assert.equal(types[i], 'likert');
    const options = JSON.parse(raw.replace(/^"|"$/g, '').replaceAll('""', '"')) as Record<string, string>;
    assert.deepEqual(Object.keys(options), Array.from({ length: Number(max[i]) }, (_, k) => String(k + 1)));
  });
});
