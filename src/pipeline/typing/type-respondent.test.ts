import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TypingModel } from '../../spec/typing-model.js';
import { collectingLogger } from '../../lib/logger.js';
import { tableFromRecords } from '../score/input-table.js';
import { scoreTable } from '../score/score-table.js';
import { buildTypingModel } from './build-typing-model.js';
import { typeRespondent } from './type-respondent.js';
import { syntheticSurvey } from './synthetic-survey.js';

const table = syntheticSurvey(400, 3, 8, 5);
const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'];
const { model } = buildTypingModel(table, { segment: 'segment', items, maxQuestions: 6, seed: 3 });

test('the typing model is valid JSON for its schema, and the size is the smallest within one point of the best', () => {
  const parsed = TypingModel.parse(JSON.parse(JSON.stringify(model)));
  assert.equal(parsed.questions.length, model.selection.size);
  const accuracy = model.selection.steps.map((s) => s[model.selection.method].accuracy);
  const best = Math.max(...accuracy);
  assert.ok(accuracy[model.selection.size - 1]! >= best - 0.01 - 1e-12);
  assert.ok(accuracy.slice(0, model.selection.size - 1).every((a) => a < best - 0.01));
  assert.deepEqual(model.segments, ['Innovators', 'Pragmatists', 'Value guardians']);
  assert.ok(model.adaptive.averageQuestions <= model.questions.length);
  assert.ok(model.adaptive.fixedFormAccuracy > 0.6, `accuracy ${model.adaptive.fixedFormAccuracy}`);
});

test('a complete form is scored by the fixed form, exactly as `segmap score` scores it', () => {
  const answers = Object.fromEntries(model.questions.map((q, i) => [q.id, 1 + (i % 5)]));
  const result = typeRespondent(model, answers);
  assert.ok(result.ok);
  assert.equal(result.value.method, 'fixed-form');
  assert.equal(result.value.complete, true);
  assert.equal(result.value.next, null);
  const scored = scoreTable(model.fixedForm, tableFromRecords([answers]));
  assert.equal(result.value.segment, scored.segments[0]);
  assert.equal(result.value.probability, scored.probability[0]);
  assert.ok(Math.abs(result.value.probabilities.reduce((a, p) => a + p.probability, 0) - 1) < 1e-12);
});

test('unanswered questions: scored on what is known, and the next question is an unanswered one', () => {
  const none = typeRespondent(model, {});
  assert.ok(none.ok);
  assert.equal(none.value.method, 'partial');
  assert.deepEqual(none.value.probabilities.map((p) => p.probability), model.gaussian.priors);
  assert.ok(none.value.next);
  const first = none.value.next.id;
  const one = typeRespondent(model, { [first]: 5, other: undefined } as Record<string, unknown>);
  assert.ok(!one.ok, 'unknown keys are refused even when empty');
  const partial = typeRespondent(model, { [first]: '5', [model.questions[0]!.id === first ? model.questions[1]!.id : model.questions[0]!.id]: '' });
  assert.ok(partial.ok);
  assert.equal(partial.value.answered, 1);
  if (partial.value.next) assert.notEqual(partial.value.next.id, first);
  else assert.ok(partial.value.confident);
});

test('an unknown option value is an error listing the allowed values; labels are accepted', () => {
  const q = model.questions[0]!;
  const bad = typeRespondent(model, { [q.id]: 9 });
  assert.ok(!bad.ok);
  assert.equal(bad.error.kind, 'invalid-answer');
  if (bad.error.kind === 'invalid-answer') assert.deepEqual(bad.error.allowed, q.options.map((o) => o.value));
  assert.match(bad.error.message, new RegExp(`question \`${q.id}\` requires one of 1, 2, 3, 4, 5`));
  const unknown = typeRespondent(model, { nope: 1 });
  assert.ok(!unknown.ok);
  assert.equal(unknown.error.kind, 'unknown-question');
  const labelled: TypingModel = { ...model, questions: model.questions.map((x) => ({ ...x, options: x.options.map((o) => ({ ...o, label: `level ${o.value}` })) })) };
  const byLabel = typeRespondent(labelled, { [q.id]: 'LEVEL 4' });
  const byValue = typeRespondent(labelled, { [q.id]: 4 });
  assert.ok(byLabel.ok && byValue.ok);
  assert.equal(byLabel.value.probability, byValue.value.probability);
});

test('rows without a segment are dropped and missing answers imputed, both warned', () => {
  const records = [...Array(60)].map((_, i) => ({ segment: i % 20 === 0 ? null : ['a', 'b'][i % 2], x: i % 7 === 0 ? null : (i % 2) * 2 + (i % 3), y: (i * 7) % 5 }));
  const logger = collectingLogger();
  const built = buildTypingModel(tableFromRecords(records), { segment: 'segment', items: ['x', 'y'], logger, folds: 3 });
  assert.deepEqual(logger.warnings.map((w) => w.code).sort(), ['typing_answers_imputed', 'typing_rows_dropped']);
  assert.equal(built.data.y.length, 57);
  assert.throws(() => buildTypingModel(tableFromRecords(records), { segment: 'nope', items: ['x'] }), /--segment nope requires a column/);
  assert.throws(() => buildTypingModel(tableFromRecords(records), { segment: 'segment', items: ['x', 'z', 'w'] }), /missing: z, w/);
});
