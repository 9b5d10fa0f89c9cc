import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTypingModel } from '../typing/build-typing-model.js';
import { writeTypingFiles } from '../typing/build-typing.js';
import { syntheticSurvey } from '../typing/synthetic-survey.js';
import { typeRespondent } from '../typing/type-respondent.js';
import { scoreFile } from './score-file.js';
import { modelSql } from './model-sql.js';
import { loadModel } from './load-model.js';

const dir = mkdtempSync(join(tmpdir(), 'segmap-score-'));
const table = syntheticSurvey(300, 3, 6, 9);
const { model } = buildTypingModel(table, { segment: 'segment', items: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'], maxQuestions: 4 });
const csv = (rows: string[][]): string => `${rows.map((r) => r.join(',')).join('\n')}\n`;

test('segmap score: a typing model scores a CSV into id, segment, probability — the API’s answers', async () => {
  const files = await writeTypingFiles(model, dir);
  const ids = model.questions.map((q) => q.id);
  const rows = [['id', ...ids], ['a', ...ids.map(() => '1')], ['b', ...ids.map((_, i) => String(1 + (i % 5)))]];
  writeFileSync(join(dir, 'in.csv'), csv(rows));
  const summary = await scoreFile(files.json, join(dir, 'in.csv'), join(dir, 'out.csv'));
  assert.equal(summary.rows, 2);
  const out = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n');
  assert.equal(out[0], 'id,segment,probability');
  rows.slice(1).forEach((row, r) => {
    const api = typeRespondent(model, Object.fromEntries(ids.map((id, i) => [id, Number(row[i + 1])])));
    assert.ok(api.ok);
    const [id, segment, probability] = out[r + 1]!.split(',');
    assert.equal(id, row[0]);
    assert.equal(segment, api.value.segment);
    assert.equal(Number(probability), api.value.probability);
  });
});

test('scoring data lacking model inputs: one error naming every missing column', async () => {
  const files = await writeTypingFiles(model, dir);
  const ids = model.questions.map((q) => q.id);
  writeFileSync(join(dir, 'partial.csv'), csv([['id', ids[0]!], ['a', '3']]));
  await assert.rejects(scoreFile(files.json, join(dir, 'partial.csv'), join(dir, 'x.csv')), (error: Error) => {
    assert.equal(error.message, `scoring data requires the model's input columns; missing: ${ids.slice(1).join(', ')}`);
    return true;
  });
  writeFileSync(join(dir, 'noid.csv'), csv([ids, ids.map(() => '3')]));
  await assert.rejects(scoreFile(files.json, join(dir, 'noid.csv'), join(dir, 'x.csv')), /requires the id column `id`/);
});

test('model files are validated: a broken model names the offending field', async () => {
  const broken = { ...model.fixedForm, intercepts: [0] };
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
  await assert.rejects(loadModel(join(dir, 'broken.json')), /intercepts requires 3 values/);
  writeFileSync(join(dir, 'other.json'), '{"format":"something-else"}');
  await assert.rejects(loadModel(join(dir, 'other.json')), /requires a segmap scoring or typing model/);
  writeFileSync(join(dir, 'evil.json'), JSON.stringify({ ...model.fixedForm, idColumn: 'id"; drop table x; --' }));
  await assert.rejects(loadModel(join(dir, 'evil.json')), /idColumn/);
});

test('segmap sql: one self-contained SELECT per dialect, or placeholders with --bind', async () => {
  const files = await writeTypingFiles(model, dir);
  const inline = await modelSql(files.json, { dialect: 'postgres', table: 'respondents' });
  assert.match(inline.sql, /FROM "respondents"/);
  assert.deepEqual(inline.parameters, []);
  const bound = await modelSql(files.json, { dialect: 'spark', bind: true });
  assert.match(bound.sql, /FROM `input`/);
  assert.ok(bound.sql.includes(':p1'));
  assert.ok(bound.parameters.length > 10);
});
