/**
 * Turns an InputTable into the model's feature blocks, applying exactly the transforms of
 * spec/scoring-model.ts (and of the compiled SQL): numeric (x − center) / scale with missing → center
 * and ln(1 + x) first for log1p; indicators 1 when the text equals the level. Also the check that the
 * data carry every model input, which names all missing columns at once.
 *
 * Complexity: O(n·p).
 *
 * @example
 * const fill = featureFiller(model, table);   // pass to core predictBlocks
 * @throws {InputError} naming every model input the table lacks
 */
import { InputError } from '../../lib/errors.js';
import { typingMessages } from '../../lib/messages/typing.js';
import type { FeatureFiller } from '../../core/classify/predict-blocks.js';
import type { LinearClassifier } from '../../core/classify/linear-classifier.js';
import type { ScoringModel } from '../../spec/scoring-model.js';
import { numericColumn, textColumn, type InputTable } from './input-table.js';

/** Model inputs absent from `names`, in model order. */
export function missingInputs(model: ScoringModel, names: Iterable<string>): string[] {
  const present = new Set(names);
  return model.inputs.map((i) => i.name).filter((n) => !present.has(n));
}

export function assertInputs(model: ScoringModel, names: Iterable<string>): void {
  const missing = missingInputs(model, names);
  if (missing.length) throw new InputError(typingMessages.missingInputs(missing), undefined, { missing });
}

/** The model's numbers as core's linear classifier. */
export function linearClassifier(model: ScoringModel): LinearClassifier {
  const k = model.segments.length;
  const p = model.features.length;
  return { k, p, intercepts: Float64Array.from(model.intercepts), coefficients: Float64Array.from(model.coefficients.flat()) };
}

/** The model's features of every row as a row-major n×p matrix (for fitting). */
export function featureMatrix(model: ScoringModel, table: InputTable): Float64Array {
  const p = model.features.length;
  const n = table.rows;
  const featureMajor = new Float64Array(n * p);
  featureFiller(model, table)(0, n, featureMajor, n);
  const out = new Float64Array(n * p);
  for (let j = 0; j < p; j++) for (let i = 0; i < n; i++) out[i * p + j] = featureMajor[j * n + i]!;
  return out;
}

type Column = { readonly kind: 'numeric'; readonly x: Float64Array; readonly center: number; readonly scale: number; readonly log1p: boolean } | { readonly kind: 'indicator'; readonly match: Uint8Array };

export function featureFiller(model: ScoringModel, table: InputTable): FeatureFiller {
  assertInputs(model, table.columns.keys());
  const columns: Column[] = model.features.map((f) => {
    if (f.kind === 'numeric') return { kind: 'numeric', x: numericColumn(table, f.input), center: f.center, scale: f.scale, log1p: f.log1p };
    const text = textColumn(table, f.input);
    return { kind: 'indicator', match: Uint8Array.from(text, (v) => (v === f.level ? 1 : 0)) };
  });
  const p = columns.length;
  return (start, count, out, stride) => {
    for (let j = 0; j < p; j++) {
      const column = columns[j]!;
      const base = j * stride;
      if (column.kind === 'indicator') {
        for (let r = 0; r < count; r++) out[base + r] = column.match[start + r]!;
        continue;
      }
      const { x, center, scale, log1p } = column;
      // the SQL's (coalesce(value, center) − center) / scale, which is exactly 0 for a missing value;
      // one loop per case so the hot loop has no loop-invariant branch (x − 0 and x / 1 are exact)
      if (log1p) {
        for (let r = 0; r < count; r++) {
          const value = Math.log(1 + x[start + r]!);
          out[base + r] = value !== value ? 0 : (value - center) / scale;
        }
      } else if (center === 0 && scale === 1) {
        for (let r = 0; r < count; r++) {
          const value = x[start + r]!;
          out[base + r] = value !== value ? 0 : value;
        }
      } else {
        for (let r = 0; r < count; r++) {
          const value = x[start + r]!;
          out[base + r] = value !== value ? 0 : (value - center) / scale;
        }
      }
    }
  };
}
