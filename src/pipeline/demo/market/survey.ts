/**
 * The demo survey: about 1,500 stakeholders of priority accounts (planted growth and expansion), physicians
 * oversampled 1.5x and weighted back, answer the 32 Likert items of `survey-questions.ts`. An answer is the
 * planted segment's level for the item, plus personal noise and a personal acquiescence shift, rounded to
 * the scale: segments overlap at the edges yet stay recoverable. Like real panels it has flaws: ~3% of
 * answers missing (absent rows), ~2% straight-liners (one value throughout) and ~2% speeders (random
 * answers in a fraction of the median time).
 *
 * Complexity: O(pool · log pool + respondents · items).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import type { Calendar } from './calendar.js';
import { highOpportunity, role, sources } from './catalog.js';
import { GrowableFloat64, GrowableInt16, GrowableInt32 } from './growable.js';
import { chance, logNormal } from './sampling.js';
import { stakeholderIdWidth } from './stakeholders-table.js';
import type { Stakeholders } from './stakeholders.js';
import { batteries, optionsJson, surveyItems } from './survey-questions.js';
import {
  constantDate,
  constantEnum,
  enumColumn,
  floatColumn,
  idColumn,
  intColumn,
  table,
  textColumn,
  timestampColumn,
  type Table,
} from './table.js';

export const respondentQualities = ['ok', 'straight_liner', 'speeder'] as const;

export interface Survey {
  readonly questions: Table;
  readonly respondents: Table;
  readonly responses: Table;
  /** Truth: respondent_id, stakeholder_id, quality. */
  readonly quality: Table;
  /** Stakeholder index of each respondent. */
  readonly stakeholder: Int32Array;
}

const missingRate = 0.03;
const straightLinerRate = 0.02;
const speederRate = 0.02;
/** Latent spread per level and personal noise, in scale points, for 5- and 7-point items. */
const spread = { 5: 1.0, 7: 1.5 } as const;
const noise = { 5: 1.0, 7: 1.5 } as const;

export function buildSurvey(rng: Rng, s: Stakeholders, a: Accounts, cal: Calendar, wanted: number): Survey {
  const stakeholder = sampleRespondents(rng, s, a, wanted);
  const n = stakeholder.length;
  const quality = new Int16Array(n);
  const duration = new Float64Array(n);
  const completed = new Float64Array(n);
  const weight = new Float64Array(n);
  const respondent = new GrowableInt32();
  const question = new GrowableInt16();
  const value = new GrowableFloat64();
  const fieldStart = cal.asOfDay - 90;

  let weightSum = 0;
  for (let r = 0; r < n; r++) weightSum += weight[r] = 1 / selectionWeight(s, stakeholder[r]!);
  for (let r = 0; r < n; r++) {
    weight[r] = (weight[r]! * n) / weightSum;
    const i = stakeholder[r]!;
    const u = rng.next();
    quality[r] = u < straightLinerRate ? 1 : u < straightLinerRate + speederRate ? 2 : 0;
    duration[r] = Math.round(quality[r] === 2 ? 60 + 100 * rng.next() : logNormal(rng, Math.log(quality[r] === 1 ? 420 : 720), 0.3));
    completed[r] = (fieldStart + rng.int(30)) * 86_400 + 7 * 3600 + rng.int(14 * 3600);
    const answers = answer(rng, s.segment[i]!, s.role[i]!, quality[r]!);
    for (let q = 0; q < surveyItems.length; q++) {
      if (quality[r] !== 1 && chance(rng, missingRate)) continue;
      respondent.push(r + 1);
      question.push(q);
      value.push(answers[q]!);
    }
  }

  const respondentIds = Int32Array.from({ length: n }, (_, r) => r + 1);
  const stakeholderIds = Int32Array.from(stakeholder, (i) => i + 1);
  const responseRows = value.length;
  return {
    stakeholder,
    questions: questionsTable(cal),
    respondents: table('survey_respondents', n, [
      idColumn('respondent_id', 'R', 5, respondentIds),
      idColumn('stakeholder_id', 'S', stakeholderIdWidth, stakeholderIds),
      intColumn('duration_seconds', duration),
      timestampColumn('completed_at', completed),
      floatColumn('weight', weight, 4),
      constantEnum('source', sources.survey, n),
      constantDate('last_verified', cal.asOfDay - 60, n),
    ]),
    responses: table('survey_responses', responseRows, [
      idColumn('respondent_id', 'R', 5, respondent.finish()),
      enumColumn(
        'question_id',
        surveyItems.map((q) => q.id),
        question.finish(),
      ),
      intColumn('value', value.finish()),
      textColumn('value_text', new Array<null>(responseRows).fill(null)),
      constantEnum('source', sources.survey, responseRows),
      constantDate('last_verified', cal.asOfDay - 60, responseRows),
    ]),
    quality: table('respondent_quality', n, [
      idColumn('respondent_id', 'R', 5, respondentIds),
      idColumn('stakeholder_id', 'S', stakeholderIdWidth, stakeholderIds),
      enumColumn('quality', respondentQualities, quality),
    ]),
  };
}

const selectionWeight = (s: Stakeholders, i: number): number => (s.role[i] === role('physician') ? 1.5 : 1);

/**
 * Weighted sampling without replacement from stakeholders of growth and expansion accounts
 * (Efraimidis–Spirakis: keep the `wanted` largest u^(1/w)), returned in stakeholder order.
 */
function sampleRespondents(rng: Rng, s: Stakeholders, a: Accounts, wanted: number): Int32Array {
  const pool: number[] = [];
  const keys: number[] = [];
  for (let i = 0; i < s.count; i++) {
    if (!highOpportunity(a.quadrant[s.account[i]!]!)) continue;
    pool.push(i);
    keys.push(Math.log(1 - rng.next()) / selectionWeight(s, i));
  }
  const order = pool.map((_, k) => k).sort((x, y) => keys[y]! - keys[x]! || x - y);
  return Int32Array.from(order.slice(0, Math.min(wanted, pool.length)), (k) => pool[k]!).sort();
}

/** One respondent's answers to every item, in `surveyItems` order. */
function answer(rng: Rng, segment: number, roleIndex: number, quality: number): Int16Array {
  const out = new Int16Array(surveyItems.length);
  const straight = 3 + rng.int(3);
  const acquiescence = 0.3 * rng.normal();
  surveyItems.forEach((q, k) => {
    if (quality === 1) out[k] = Math.min(q.scaleMax, straight);
    else if (quality === 2) out[k] = 1 + rng.int(q.scaleMax);
    else {
      const mid = (1 + q.scaleMax) / 2;
      const level = q.levels[segment]! + roleShift(q.id, roleIndex);
      const latent = mid + level * spread[q.scaleMax] + noise[q.scaleMax] * rng.normal() + acquiescence * (q.scaleMax - 1) / 4;
      out[k] = Math.min(q.scaleMax, Math.max(1, Math.round(latent)));
    }
  });
  return out;
}

/** Buyers do hold purchase authority and VAC seats, whatever their attitudes. */
function roleShift(id: string, roleIndex: number): number {
  const buyer = roleIndex === role('procurement') || roleIndex === role('vac_member') || roleIndex === role('administrator');
  if (buyer && (id === 'role_purchase_authority' || id === 'role_vac_member')) return 0.4;
  return 0;
}

function questionsTable(cal: Calendar): Table {
  const n = surveyItems.length;
  return table('survey_questions', n, [
    textColumn(
      'question_id',
      surveyItems.map((q) => q.id),
    ),
    textColumn(
      'text',
      surveyItems.map((q) => q.text),
    ),
    constantEnum('type', 'likert', n),
    enumColumn('battery', batteries, Int16Array.from(surveyItems, (q) => batteries.indexOf(q.battery))),
    intColumn('scale_min', new Float64Array(n).fill(1)),
    intColumn('scale_max', Float64Array.from(surveyItems, (q) => q.scaleMax)),
    textColumn('options', surveyItems.map(optionsJson)),
    constantEnum('source', sources.survey, n),
    constantDate('last_verified', cal.asOfDay - 60, n),
  ]);
}
