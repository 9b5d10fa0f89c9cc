/**
 * The typing workbook's formulas, recalculated by LibreOffice headless, give the API's segment
 * (pipeline typeRespondent) on 1,000 random complete answer sets typed into the Batch sheet, and on one
 * typed into the Type sheet; a blank answer reads "incomplete".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { bfi, bfiFile } from '../../../test/reference/classify/fixtures.js';
import { tableFromRecords } from '../../pipeline/score/input-table.js';
import { buildTypingModel } from '../../pipeline/typing/build-typing-model.js';
import { typeRespondent } from '../../pipeline/typing/type-respondent.js';
import { typingWorkbookPlan } from '../../compile/excel/typing-workbook-plan.js';
import { createRng } from '../../core/random/rng.js';
import { workbookBuffer } from './write-workbook-plan.js';
import { recalculateWithLibreOffice } from './libreoffice.js';

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return false as const;
  } catch {
    return 'needs LibreOffice (soffice) on PATH';
  }
})();

const cellText = (cell: ExcelJS.Cell): string => {
  const v = cell.value;
  if (v && typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return v === null || v === undefined ? '' : String(v);
};

test('LibreOffice recalculation of typing.xlsx gives the API segment on 1,000 random answer sets', { skip: bfiFile.skip || soffice, timeout: 300_000 }, async () => {
  const { x, y, ref } = bfi();
  const names = ['Pragmatists', 'Innovators', 'Skeptics', 'Loyalists'];
  const table = tableFromRecords(Array.from({ length: x.rows }, (_, i) => ({ segment: names[y[i]!]!, ...Object.fromEntries(ref.items.map((item, j) => [item, x.data[i * 25 + j]!])) })));
  const { model } = buildTypingModel(table, { segment: 'segment', items: ref.items.slice(0, 15), maxQuestions: 6 });
  const q = model.questions.length;
  const sets = 1000;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await workbookBuffer(typingWorkbookPlan(model, { batchRows: sets + 1 }))) as unknown as ExcelJS.Buffer);
  const rng = createRng(2024);
  const answers = Array.from({ length: sets }, () => model.questions.map((question) => question.options[rng.int(question.options.length)]!.value));
  const batch = workbook.getWorksheet('Batch')!;
  answers.forEach((set, r) => {
    batch.getCell(4 + r, 1).value = `R${r}`;
    set.forEach((value, i) => (batch.getCell(4 + r, 2 + i).value = value));
  });
  batch.getCell(4 + sets, 2).value = answers[0]![0]!; // one incomplete row
  const type = workbook.getWorksheet('Type')!;
  answers[1]!.forEach((value, i) => (type.getCell(5 + i, 3).value = value));
  const dir = mkdtempSync(join(tmpdir(), 'segmap-typing-'));
  const file = join(dir, 'typing.xlsx');
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  const outDir = join(dir, 'out');
  const recalculated = new ExcelJS.Workbook();
  await recalculated.xlsx.readFile(await recalculateWithLibreOffice(file, outDir));
  const rows = recalculated.getWorksheet('Batch')!;
  let agree = 0;
  let worst = 0;
  answers.forEach((set, r) => {
    const api = typeRespondent(model, Object.fromEntries(model.questions.map((question, i) => [question.id, set[i]])));
    assert.ok(api.ok);
    assert.equal(api.value.method, 'fixed-form');
    const segment = cellText(rows.getCell(4 + r, 2 + q));
    const probability = Number(cellText(rows.getCell(4 + r, 3 + q)));
    assert.equal(segment, api.value.segment, `answer set ${r}: ${set.join(',')}`);
    worst = Math.max(worst, Math.abs(probability - api.value.probability));
    agree++;
  });
  assert.equal(agree, sets);
  assert.ok(worst < 1e-12, `probabilities differ by ${worst}`);
  assert.equal(cellText(rows.getCell(4 + sets, 2 + q)), 'incomplete');
  const typed = typeRespondent(model, Object.fromEntries(model.questions.map((question, i) => [question.id, answers[1]![i]])));
  assert.ok(typed.ok);
  const typeSheet = recalculated.getWorksheet('Type')!;
  assert.equal(cellText(typeSheet.getCell(5 + q + 1, 2)), typed.value.segment);
  assert.equal(cellText(typeSheet.getCell(5 + q + 3, 2)), `${q} of ${q}`);
});
