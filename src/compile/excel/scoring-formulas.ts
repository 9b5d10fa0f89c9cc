/**
 * Excel formulas of a scoring model — the spreadsheet twin of compile/model/scoring-query.ts. The model's
 * numbers live in cells of a "Model" sheet (the spreadsheet's parameters: visible, auditable, never
 * pasted into formula text); formulas only reference them:
 *
 *   feature  IF(ISNUMBER(x), (x − center) / scale, 0)       (LN(1 + x) first for log1p; blank → 0 = centre)
 *            IF(x = "level", 1, 0) for indicators           (the level is a Model cell too)
 *   score    intercept_c + SUMPRODUCT(coefficients_c, features)
 *   segment  INDEX(segment names, MATCH(MAX(scores), scores, 0))   (the first maximum, as everywhere)
 *   winner   1 / SUMPRODUCT(EXP(scores − MAX(scores)))
 *
 * Model sheet layout (1-based rows): row 1 headers; rows 2..k+1 one row per segment — A name, B intercept,
 * C.. coefficients; row k+3 feature inputs, k+4 centres, k+5 scales, k+6 log1p flags (1/0), k+7 levels.
 *
 * @example
 * const f = scoringFormulas(model);
 * f.feature(0, 'Type!$C$5');   // 'IF(ISNUMBER(Type!$C$5),(Type!$C$5-Model!$C$9)/Model!$C$10,0)'
 */
import type { ScoringModel } from '../../spec/scoring-model.js';
import type { CellPlan } from '../../spec/workbook-plan.js';
import { cellRef } from './cell-ref.js';

export const modelSheet = 'Model';

export interface ScoringFormulas {
  /** Cells of the Model sheet. */
  readonly modelCells: readonly CellPlan[];
  /** Formula of feature j given the reference of its input cell. */
  feature(j: number, input: string): string;
  /** Formula of segment c's score given the range of the row's features (1×p, in feature order). */
  score(c: number, features: string): string;
  /** Winning segment's name given the range of the scores (1×k). */
  segment(scores: string): string;
  /** Winning segment's probability. */
  winner(scores: string): string;
  /** Probability of segment c. */
  probability(c: number, scores: string, scoreCell: string): string;
}

const quote = (sheet: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`);

export function scoringFormulas(model: ScoringModel): ScoringFormulas {
  const k = model.segments.length;
  const p = model.features.length;
  const sheet = quote(modelSheet);
  const at = (column: number, row: number): string => `${sheet}!${cellRef(column, row, true)}`;
  const rows = { inputs: k + 3, centers: k + 4, scales: k + 5, log1p: k + 6, levels: k + 7 };
  const cells: CellPlan[] = [
    { ref: 'A1', value: 'segment', style: 'header' },
    { ref: 'B1', value: 'intercept', style: 'header' },
  ];
  model.features.forEach((f, j) => cells.push({ ref: cellRef(3 + j, 1), value: f.kind === 'indicator' ? `${f.input} = ${f.level}` : f.input, style: 'header' }));
  model.segments.forEach((name, c) => {
    cells.push({ ref: cellRef(1, 2 + c), value: name, style: 'label' }, { ref: cellRef(2, 2 + c), value: model.intercepts[c]!, style: 'number' });
    model.coefficients[c]!.forEach((w, j) => cells.push({ ref: cellRef(3 + j, 2 + c), value: w, style: 'number' }));
  });
  const labelled = (row: number, label: string): void => void cells.push({ ref: cellRef(2, row), value: label, style: 'label' });
  labelled(rows.inputs, 'input');
  labelled(rows.centers, 'centre');
  labelled(rows.scales, 'scale');
  labelled(rows.log1p, 'ln(1 + x) first');
  labelled(rows.levels, 'level');
  model.features.forEach((f, j) => {
    const column = 3 + j;
    cells.push({ ref: cellRef(column, rows.inputs), value: f.input });
    if (f.kind === 'numeric') {
      cells.push({ ref: cellRef(column, rows.centers), value: f.center, style: 'number' });
      cells.push({ ref: cellRef(column, rows.scales), value: f.scale, style: 'number' });
      cells.push({ ref: cellRef(column, rows.log1p), value: f.log1p ? 1 : 0 });
    } else {
      cells.push({ ref: cellRef(column, rows.levels), value: f.level });
    }
  });
  const names = `${sheet}!${cellRef(1, 2, true)}:${cellRef(1, 1 + k, true)}`;
  return {
    modelCells: cells,
    feature(j, input) {
      const f = model.features[j]!;
      if (f.kind === 'indicator') return `IF(${input}&""=${at(3 + j, rows.levels)},1,0)`;
      const value = f.log1p ? `LN(1+${input})` : input;
      return `IF(ISNUMBER(${input}),(${value}-${at(3 + j, rows.centers)})/${at(3 + j, rows.scales)},0)`;
    },
    score(c, features) {
      const coefficients = `${sheet}!${cellRef(3, 2 + c, true)}:${cellRef(2 + p, 2 + c, true)}`;
      return `${at(2, 2 + c)}+SUMPRODUCT(${coefficients},${features})`;
    },
    segment: (scores) => `INDEX(${names},MATCH(MAX(${scores}),${scores},0))`,
    winner: (scores) => `1/SUMPRODUCT(EXP(${scores}-MAX(${scores})))`,
    probability: (_c, scores, scoreCell) => `EXP(${scoreCell}-MAX(${scores}))/SUMPRODUCT(EXP(${scores}-MAX(${scores})))`,
  };
}
