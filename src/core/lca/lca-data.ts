/**
 * Validated, compressed input of a latent class model: what `fitLcaStart` and `fitLca` iterate over.
 *
 * Items are categorical codes 1..L_j as in poLCA (L_j = the largest code, so an unused middle code is
 * a level with probability 0); 0, -1 and NaN mean missing. Two ways to treat missing answers, and
 * the result says which was used:
 * - `listwise` (poLCA's default `na.rm = TRUE`): rows with any missing item are left out of the fit
 *   (label -1 in the result; `predictLca` can still classify them from the items they answered).
 * - `available` (poLCA's `na.rm = FALSE`): every row with at least one answer is used, with the items
 *   it answered (the likelihood of a missing item is 1, i.e. missing at random). Unlike poLCA, rows
 *   with no answer at all are left out (they carry no information; poLCA keeps them in N for BIC).
 *
 * Rows are then collapsed into distinct response patterns (see compress-patterns.ts); each pattern
 * keeps the list of its answered cells so the EM loops never test for missing values.
 *
 * With covariates (latent class regression) two rows share a pattern only when their covariates are
 * identical too, and rows with a missing covariate are left out.
 *
 * Reference: Linzer & Lewis (2011), poLCA: An R package for polytomous variable latent class
 * analysis, J. Stat. Softw. 42(10).
 * Complexity: O(n · J).
 *
 * @example
 * const data = prepareLcaData({ items: [Int32Array.of(1, 2, 2), Int32Array.of(2, 0, 1)] }, 'available');
 * data.patterns;   // 3
 * data.levels;     // Int32Array [2, 2]
 * @throws InputError for a non-integer code, an all-missing item, an item with one observed level,
 *   bad weights or no usable row.
 */
import { InputError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import type { Matrix } from '../matrix/matrix.js';
import { compressPatterns } from './compress-patterns.js';
import { covariateKeys, readCovariates } from './lca-covariates.js';

export type LcaMissing = 'listwise' | 'available';

export interface LcaInput {
  /** One column per item (length n each): codes 1..L_j; 0, -1 or NaN = missing. */
  readonly items: readonly ArrayLike<number>[];
  /** Item names for messages and output; default item1, item2, … */
  readonly names?: readonly string[];
  /** Frequency or survey weight per row (finite, ≥ 0); default 1. */
  readonly weights?: ArrayLike<number>;
  /**
   * Covariates of a latent class regression, n × S' without intercept (NaN = missing: the row is
   * left out, as poLCA does).
   */
  readonly covariates?: Matrix;
}

export interface LcaData {
  /** Rows in the input (n). */
  readonly rows: number;
  /** Items (J). */
  readonly items: number;
  readonly names: readonly string[];
  /** Levels L_j of each item (its largest code). */
  readonly levels: Int32Array;
  /** First cell of item j in the flat cell numbering (length J + 1); cell = offset[j] + code - 1. */
  readonly cellOffset: Int32Array;
  readonly missing: LcaMissing;
  /** Distinct response patterns P among the rows used. */
  readonly patterns: number;
  /** P × J codes, row-major, 0 = missing. */
  readonly patternCodes: Int32Array;
  /** CSR: the answered cells of pattern p are patternCells[patternStart[p] .. patternStart[p + 1]). */
  readonly patternStart: Int32Array;
  readonly patternCells: Int32Array;
  /** Summed weight of the rows of each pattern. */
  readonly patternWeight: Float64Array;
  /** 1 when the pattern answers every item. */
  readonly patternComplete: Uint8Array;
  /** Pattern of each input row, -1 when the row is not used. */
  readonly rowPattern: Int32Array;
  readonly rowWeight: Float64Array;
  /** Rows used (count) and their summed weight (the N of AIC/BIC). */
  readonly rowsUsed: number;
  readonly totalWeight: number;
  /** Summed weight of fully observed rows used (poLCA's Nobs; the base of G² and X²). */
  readonly completeWeight: number;
  /** Columns S of the covariate design incl. its intercept; 1 without covariates. */
  readonly covariateColumns: number;
  /** P × S design row of each pattern (intercept first), or null without covariates. */
  readonly patternCovariates: Float64Array | null;
}

export function prepareLcaData(input: LcaInput, missing: LcaMissing = 'listwise'): LcaData {
  const items = input.items.length;
  if (items === 0) throw new InputError(modelMessages.lcaNoItems);
  const rows = input.items[0]!.length;
  const names = Array.from({ length: items }, (_, j) => input.names?.[j] ?? `item${j + 1}`);
  const rowWeight = readWeights(input.weights, rows);
  const { codes, levels } = readCodes(input.items, names, rows);
  const covariates = input.covariates === undefined ? null : readCovariates(input.covariates, rows);

  const used = new Uint8Array(rows);
  let rowsUsed = 0;
  for (let i = 0; i < rows; i++) {
    let answered = 0;
    for (let j = 0; j < items; j++) if (codes[i * items + j] !== 0) answered++;
    const keep = (missing === 'listwise' ? answered === items : answered > 0) && (covariates === null || covariates.complete[i] === 1);
    if (keep) {
      used[i] = 1;
      rowsUsed++;
    }
  }
  if (rowsUsed === 0) throw new InputError(modelMessages.lcaNoRows(missing));
  checkObservedLevels(codes, used, items, names);

  const keyed = covariates === null ? { keys: codes, width: items } : covariateKeys(codes, items, covariates, rows);
  const compressed = compressPatterns(keyed.keys, keyed.width, used, rowWeight);
  const patternCodes = covariates === null ? compressed.codes : firstColumns(compressed.codes, keyed.width, items);
  const patternCovariates = covariates === null ? null : gatherRows(covariates.values, covariates.columns, compressed.firstRow);
  const cellOffset = new Int32Array(items + 1);
  for (let j = 0; j < items; j++) cellOffset[j + 1] = cellOffset[j]! + levels[j]!;
  const { patternStart, patternCells, patternComplete } = patternCellLists(patternCodes, compressed.count, items, cellOffset);

  let totalWeight = 0;
  let completeWeight = 0;
  for (let p = 0; p < compressed.count; p++) {
    totalWeight += compressed.weight[p]!;
    if (patternComplete[p] === 1) completeWeight += compressed.weight[p]!;
  }
  if (!(totalWeight > 0)) throw new InputError(modelMessages.noWeight);

  return {
    rows,
    items,
    names,
    levels,
    cellOffset,
    missing,
    patterns: compressed.count,
    patternCodes,
    patternStart,
    patternCells,
    patternWeight: compressed.weight,
    patternComplete,
    rowPattern: compressed.rowPattern,
    rowWeight,
    rowsUsed,
    totalWeight,
    completeWeight,
    covariateColumns: covariates === null ? 1 : covariates.columns,
    patternCovariates,
  };
}

function firstColumns(values: Int32Array, width: number, keep: number): Int32Array {
  const rows = values.length / width;
  const out = new Int32Array(rows * keep);
  for (let i = 0; i < rows; i++) out.set(values.subarray(i * width, i * width + keep), i * keep);
  return out;
}

function gatherRows(values: Float64Array, width: number, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length * width);
  rows.forEach((row, p) => out.set(values.subarray(row * width, (row + 1) * width), p * width));
  return out;
}

/** Weights default to 1; anything not finite or negative is an error naming the row (1-based). */
function readWeights(weights: ArrayLike<number> | undefined, rows: number): Float64Array {
  const out = new Float64Array(rows).fill(1);
  if (weights === undefined) return out;
  if (weights.length !== rows) throw new InputError(modelMessages.weightsLength(weights.length, rows));
  for (let i = 0; i < rows; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) throw new InputError(modelMessages.weightInvalid(i + 1, w), { row: i + 1, value: String(w) });
    out[i] = w;
  }
  return out;
}

/** Copies the columns into one row-major Int32Array (0 = missing) and finds each item's level count. */
function readCodes(columns: readonly ArrayLike<number>[], names: readonly string[], rows: number): { codes: Int32Array; levels: Int32Array } {
  const items = columns.length;
  const codes = new Int32Array(rows * items);
  const levels = new Int32Array(items);
  for (let j = 0; j < items; j++) {
    const column = columns[j]!;
    const name = names[j]!;
    if (column.length !== rows) throw new InputError(modelMessages.lcaItemLength(name, column.length, rows), { column: name });
    let max = 0;
    for (let i = 0; i < rows; i++) {
      const v = column[i]!;
      if (Number.isNaN(v) || v === 0 || v === -1) continue;
      if (!Number.isInteger(v) || v < 1 || v > 0x7fffffff) {
        throw new InputError(modelMessages.lcaItemCode(name, i + 1, v), { column: name, row: i + 1, value: String(v) });
      }
      codes[i * items + j] = v;
      if (v > max) max = v;
    }
    if (max === 0) throw new InputError(modelMessages.lcaItemAllMissing(name), { column: name });
    levels[j] = max;
  }
  return { codes, levels };
}

/** An item answered with a single code among the rows used cannot separate classes: say so. */
function checkObservedLevels(codes: Int32Array, used: Uint8Array, items: number, names: readonly string[]): void {
  for (let j = 0; j < items; j++) {
    let first = 0;
    let varies = false;
    for (let i = 0; i < used.length && !varies; i++) {
      const v = codes[i * items + j]!;
      if (used[i] === 0 || v === 0) continue;
      if (first === 0) first = v;
      else if (v !== first) varies = true;
    }
    if (first === 0) throw new InputError(modelMessages.lcaItemAllMissing(names[j]!), { column: names[j]! });
    if (!varies) throw new InputError(modelMessages.lcaItemOneLevel(names[j]!, first), { column: names[j]! });
  }
}

/** CSR lists of the answered cells of each pattern, and which patterns answer every item. */
export function patternCellLists(
  codes: Int32Array,
  patterns: number,
  items: number,
  cellOffset: Int32Array,
): { patternStart: Int32Array; patternCells: Int32Array; patternComplete: Uint8Array } {
  const patternStart = new Int32Array(patterns + 1);
  const patternComplete = new Uint8Array(patterns);
  for (let p = 0; p < patterns; p++) {
    let answered = 0;
    for (let j = 0; j < items; j++) if (codes[p * items + j] !== 0) answered++;
    patternStart[p + 1] = patternStart[p]! + answered;
    patternComplete[p] = answered === items ? 1 : 0;
  }
  const patternCells = new Int32Array(patternStart[patterns]!);
  let at = 0;
  for (let p = 0; p < patterns; p++) {
    for (let j = 0; j < items; j++) {
      const code = codes[p * items + j]!;
      if (code !== 0) patternCells[at++] = cellOffset[j]! + code - 1;
    }
  }
  return { patternStart, patternCells, patternComplete };
}
