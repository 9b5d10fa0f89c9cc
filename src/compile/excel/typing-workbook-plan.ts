/**
 * The typing tool as a workbook plan (./workbook-plan.ts): formulas compute the segment live from typed
 * answers, with no macros.
 *   Type     one respondent: answer cells with drop-down validation, the segment, its probability and
 *            every segment's probability, recomputed as answers are typed
 *   Batch    one respondent per row (id, answers → segment, probability), for typing a list
 *   Accuracy cross-validated accuracy and per-segment recall by number of questions
 *   Model    the fixed form's numbers (./scoring-formulas.ts), referenced by every formula
 *   Calc     the Type sheet's features and scores (hidden)
 * Blank answers count as average (feature 0) and the Type sheet says how many are missing; the API,
 * `segmap score` and `segmap sql` give the same segment for a complete form.
 *
 * @example
 * const plan = typingWorkbookPlan(model, { batchRows: 500 });   // hand to activation/typing-workbook
 */
import type { TypingModel } from '../../spec/typing-model.js';
import { scoringFormulas, modelSheet } from './scoring-formulas.js';
import type { CellPlan, SheetPlan, ValidationPlan, WorkbookPlan } from '../../spec/workbook-plan.js';
import { cellRef, columnLetter } from './cell-ref.js';

export interface TypingWorkbookOptions {
  /** Rows of the Batch sheet (default 200). */
  readonly batchRows?: number;
}

const firstQuestionRow = 5;

export function typingWorkbookPlan(model: TypingModel, options: TypingWorkbookOptions = {}): WorkbookPlan {
  const formulas = scoringFormulas(model.fixedForm);
  return {
    title: `Typing tool: ${model.segmentColumn}`,
    sheets: [typeSheet(model, formulas), batchSheet(model, formulas, options.batchRows ?? 200), accuracySheet(model), { name: modelSheet, cells: formulas.modelCells, validations: [], widths: { A: 22, B: 16 } }, calcSheet(model, formulas)],
  };
}

type Formulas = ReturnType<typeof scoringFormulas>;

function validation(model: TypingModel, q: number, ref: string): ValidationPlan {
  const question = model.questions[q]!;
  const prompt = question.text.slice(0, 250);
  if (question.options.length) return { ref, type: 'list', values: question.options.map((o) => o.value), prompt };
  const range = question.range ?? { min: 0, max: 0 };
  return { ref, type: 'decimal', min: range.min, max: range.max, prompt };
}

function allowed(model: TypingModel, q: number): string {
  const question = model.questions[q]!;
  if (!question.options.length) return `a number from ${question.range?.min} to ${question.range?.max}`;
  return question.options.map((o) => (o.label === String(o.value) ? String(o.value) : `${o.value} = ${o.label}`)).join('; ');
}

function typeSheet(model: TypingModel, formulas: Formulas): SheetPlan {
  const q = model.questions.length;
  const k = model.segments.length;
  const last = firstQuestionRow + q - 1;
  const answers = `$C$${firstQuestionRow}:$C$${last}`;
  const scores = `Calc!$A$3:${cellRef(k, 3, true)}`;
  const cells: CellPlan[] = [
    { ref: 'A1', value: `Typing tool: ${model.segmentColumn}`, style: 'title' },
    { ref: 'A2', value: `Type each answer in column C (pick from the list). The segment updates as you type. ${q} questions.`, style: 'note' },
    { ref: 'A4', value: 'question', style: 'header' },
    { ref: 'B4', value: 'ask', style: 'header' },
    { ref: 'C4', value: 'answer', style: 'header' },
    { ref: 'D4', value: 'allowed answers', style: 'header' },
  ];
  const validations: ValidationPlan[] = [];
  model.questions.forEach((question, i) => {
    const row = firstQuestionRow + i;
    cells.push({ ref: `A${row}`, value: question.id, style: 'label' }, { ref: `B${row}`, value: question.text }, { ref: `C${row}`, style: 'input' }, { ref: `D${row}`, value: allowed(model, i), style: 'note' });
    validations.push(validation(model, i, `C${row}`));
  });
  const r = last + 2;
  const count = `COUNT(${answers})`;
  cells.push(
    { ref: `A${r}`, value: 'segment', style: 'header' },
    { ref: `B${r}`, formula: `IF(${count}=0,"",${formulas.segment(scores)})`, style: 'output' },
    { ref: `A${r + 1}`, value: 'probability', style: 'header' },
    { ref: `B${r + 1}`, formula: `IF(${count}=0,"",${formulas.winner(scores)})`, style: 'percent' },
    { ref: `A${r + 2}`, value: 'answered', style: 'header' },
    { ref: `B${r + 2}`, formula: `${count}&" of ${q}"` },
    { ref: `C${r + 2}`, formula: `IF(${count}<${q},"blank answers count as average: answer every question for the final segment","")`, style: 'note' },
    { ref: `A${r + 4}`, value: 'segment', style: 'header' },
    { ref: `B${r + 4}`, value: 'probability', style: 'header' },
  );
  model.segments.forEach((name, c) => {
    const row = r + 5 + c;
    cells.push({ ref: `A${row}`, value: name, style: 'label' }, { ref: `B${row}`, formula: `IF(${count}=0,"",${formulas.probability(c, scores, `Calc!${cellRef(c + 1, 3, true)}`)})`, style: 'percent' });
  });
  return { name: 'Type', cells, validations, widths: { A: 18, B: 60, C: 12, D: 50 }, protect: true };
}

function calcSheet(model: TypingModel, formulas: Formulas): SheetPlan {
  const p = model.fixedForm.features.length;
  const k = model.segments.length;
  const answerRow = new Map(model.questions.map((q, i) => [q.id, firstQuestionRow + i]));
  const cells: CellPlan[] = [{ ref: 'A1', value: 'features (row 2) and scores (row 3) of the Type sheet' }];
  model.fixedForm.features.forEach((f, j) => cells.push({ ref: cellRef(j + 1, 2), formula: formulas.feature(j, `Type!$C$${answerRow.get(f.input)!}`) }));
  const features = `$A$2:${cellRef(p, 2, true)}`;
  for (let c = 0; c < k; c++) cells.push({ ref: cellRef(c + 1, 3), formula: formulas.score(c, features) });
  return { name: 'Calc', cells, validations: [], hidden: true };
}

function batchSheet(model: TypingModel, formulas: Formulas, rows: number): SheetPlan {
  const q = model.questions.length;
  const p = model.fixedForm.features.length;
  const k = model.segments.length;
  const answerColumn = new Map(model.questions.map((question, i) => [question.id, 2 + i]));
  const segmentColumn = 2 + q;
  const featureStart = segmentColumn + 2;
  const scoreStart = featureStart + p;
  const cells: CellPlan[] = [
    { ref: 'A1', value: 'One respondent per row: type the answers; segment and probability follow.', style: 'note' },
    { ref: 'A3', value: 'id', style: 'header' },
  ];
  model.questions.forEach((question, i) => cells.push({ ref: cellRef(2 + i, 3), value: question.id, style: 'header' }));
  cells.push({ ref: cellRef(segmentColumn, 3), value: 'segment', style: 'header' }, { ref: cellRef(segmentColumn + 1, 3), value: 'probability', style: 'header' });
  model.fixedForm.features.forEach((_, j) => cells.push({ ref: cellRef(featureStart + j, 3), value: `f${j}` }));
  model.segments.forEach((_, c) => cells.push({ ref: cellRef(scoreStart + c, 3), value: `z${c}` }));
  const validations: ValidationPlan[] = [];
  for (let r = 4; r < 4 + rows; r++) {
    const answers = `${cellRef(2, r)}:${cellRef(1 + q, r)}`;
    const scores = `${cellRef(scoreStart, r)}:${cellRef(scoreStart + k - 1, r)}`;
    const count = `COUNT(${answers})`;
    cells.push({ ref: `A${r}`, style: 'input' });
    model.questions.forEach((_, i) => {
      cells.push({ ref: cellRef(2 + i, r), style: 'input' });
      validations.push(validation(model, i, cellRef(2 + i, r)));
    });
    cells.push(
      { ref: cellRef(segmentColumn, r), formula: `IF(${count}=0,"",IF(${count}<${q},"incomplete",${formulas.segment(scores)}))`, style: 'output' },
      { ref: cellRef(segmentColumn + 1, r), formula: `IF(${count}<${q},"",${formulas.winner(scores)})`, style: 'percent' },
    );
    model.fixedForm.features.forEach((f, j) => cells.push({ ref: cellRef(featureStart + j, r), formula: formulas.feature(j, cellRef(answerColumn.get(f.input)!, r)) }));
    const features = `${cellRef(featureStart, r)}:${cellRef(featureStart + p - 1, r)}`;
    for (let c = 0; c < k; c++) cells.push({ ref: cellRef(scoreStart + c, r), formula: formulas.score(c, features) });
  }
  const hiddenColumns = Array.from({ length: p + k }, (_, i) => columnLetter(featureStart + i));
  return { name: 'Batch', cells, validations, hiddenColumns, widths: { A: 14, [columnLetter(segmentColumn)]: 22 }, protect: true };
}

function accuracySheet(model: TypingModel): SheetPlan {
  const k = model.segments.length;
  const method = model.selection.method;
  const cells: CellPlan[] = [
    { ref: 'A1', value: `Cross-validated accuracy by number of questions (${model.selection.folds}-fold, ${model.selection.rows} respondents)`, style: 'title' },
    {
      ref: 'A2',
      value: `Chosen: ${model.selection.size} questions with ${method === 'lda' ? 'linear discriminant analysis' : 'logistic regression'} (the fewest within ${Math.round(model.selection.margin * 100)} point of the best). Adaptive mode asks ${model.adaptive.averageQuestions.toFixed(1)} questions on average for ${(model.adaptive.accuracy * 100).toFixed(1)}% accuracy (fixed form ${(model.adaptive.fixedFormAccuracy * 100).toFixed(1)}%).`,
      style: 'note',
    },
    { ref: 'A4', value: 'questions', style: 'header' },
    { ref: 'B4', value: 'question added', style: 'header' },
    { ref: 'C4', value: 'accuracy (LDA)', style: 'header' },
    { ref: 'D4', value: 'accuracy (logistic)', style: 'header' },
  ];
  model.segments.forEach((s, c) => cells.push({ ref: cellRef(5 + c, 4), value: `recall ${s} (${method})`, style: 'header' }));
  model.selection.steps.forEach((step, i) => {
    const row = 5 + i;
    cells.push(
      { ref: `A${row}`, value: step.questions },
      { ref: `B${row}`, value: step.added },
      { ref: `C${row}`, value: step.lda.accuracy, style: 'percent' },
      { ref: `D${row}`, value: step.logistic.accuracy, style: 'percent' },
    );
    for (let c = 0; c < k; c++) {
      const r = step[method].recall[c];
      if (r !== null && r !== undefined) cells.push({ ref: cellRef(5 + c, row), value: r, style: 'percent' });
    }
  });
  return { name: 'Accuracy', cells, validations: [], widths: { A: 11, B: 22, C: 15, D: 18 } };
}
