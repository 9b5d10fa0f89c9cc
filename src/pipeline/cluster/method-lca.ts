/**
 * Latent class analysis as a `MethodInput`: every clustering column is a categorical item (numbers or
 * text; levels in numeric order), coded 1..L with 0 for a missing answer, and fitted by core/lca's
 * `fitLca` with poLCA's model. Missing answers are handled by the model itself: listwise deletion by
 * default (poLCA's na.rm = TRUE). The criteria are measured on the items' 0/1 indicators.
 */
import { takeRows } from '../../core/cluster/take-rows.js';
import { fitLca } from '../../core/lca/fit-lca.js';
import type { LcaFit } from '../../core/lca/summarize-lca.js';
import { encodeColumns } from '../../core/prep/encode-columns.js';
import { categoricalColumn, isMissing, type CategoricalColumn, type PrepColumn } from '../../core/prep/prep-column.js';
import { screenColumns } from '../../core/prep/screen-columns.js';
import { InputError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Preparation, QualityReport } from '../../spec/cluster-model.js';
import type { MethodInput } from './method-input.js';

export interface LcaInputOptions {
  readonly weights?: Float64Array | undefined;
  readonly multiplier?: Float64Array | undefined;
  readonly logger?: Logger;
}

export function lcaInput(columns: readonly PrepColumn[], options: LcaInputOptions, weightsColumn: string | null, quality?: QualityReport): MethodInput {
  const n = columns[0] === undefined ? 0 : (columns[0].kind === 'numeric' ? columns[0].values.length : columns[0].codes.length);
  const usable: number[] = [];
  let withoutWeight = 0;
  let excludedByQuality = 0;
  for (let i = 0; i < n; i++) {
    const w = options.weights?.[i] ?? 1;
    if (!(w > 0) || !Number.isFinite(w)) withoutWeight++;
    else if (!((options.multiplier?.[i] ?? 1) > 0)) excludedByQuality++;
    else usable.push(i);
  }
  const rows = Int32Array.from(usable);
  const screened = screenColumns(columns.map((c) => asItem(c, rows)), options.logger);
  const items = screened.kept as CategoricalColumn[];
  if (items.length === 0) throw new InputError(clusterMessages.noColumns);
  const weighted = options.weights !== undefined || options.multiplier !== undefined;
  const weights = weighted ? Float64Array.from(rows, (r) => (options.weights?.[r] ?? 1) * (options.multiplier?.[r] ?? 1)) : undefined;
  const codes = items.map((item) => Float64Array.from(item.codes, (c) => c + 1));
  const names = items.map((item) => item.name);
  const incomplete = rows.reduce((count, _, i) => count + (items.some((item) => isMissing(item, i)) ? 1 : 0), 0);
  const preparation: Preparation = {
    standardization: 'none', missing: 'listwise', categorical: 'codes', weightsColumn,
    missingNote: incomplete === 0
      ? 'No respondent had a missing item; respondents with one would have been left out (listwise deletion, poLCA\'s default).'
      : `Respondents with a missing item were left out (listwise deletion, poLCA's default): ${incomplete} of ${rows.length}.`,
    rowsIn: n, rowsUsed: rows.length - incomplete, rowsWithoutWeight: withoutWeight, rowsExcludedByQuality: excludedByQuality,
    rowsDroppedMissing: incomplete,
    features: items.map((item) => ({ name: item.name, column: item.name, kind: 'categorical' as const, centre: 0, scale: 1 })),
    dropped: screened.dropped,
    imputed: [],
    ...(quality ? { quality } : {}),
  };
  return {
    method: 'lca',
    rows,
    weights,
    metricSpace: encodeColumns(items, 'one-hot').x,
    preparation,
    fit: async (k, s) => fitLca({ items: codes, names, ...(weights ? { weights } : {}) }, { k, seed: s.seed, starts: s.starts ?? 10 }),
    refit: (k, sample, seed, starts) => fitLca({ items: codes.map((c) => takeRows({ rows: c.length, cols: 1, data: c }, sample).data), names }, { k, seed, starts: starts ?? 10 }).labels,
    describe: (fit) => {
      const f = fit as LcaFit;
      return {
        algorithm: 'em-polca',
        starts: f.startLogLikelihoods.length,
        logLikelihood: f.logLikelihood,
        bic: f.bic,
        aic: f.aic,
        latentClass: {
          shares: Array.from(f.shares),
          items: items.map((item, j) => {
            const probs = f.itemProbabilities[j]!;
            const levels = f.levels[j]!;
            return { name: item.name, levels: item.levels.slice(0, levels), probabilities: Array.from({ length: f.k }, (_, c) => Array.from(probs.subarray(c * levels, (c + 1) * levels))) };
          }),
        },
        startObjectives: Array.from(f.startLogLikelihoods),
      };
    },
  };
}

/** A column as a categorical item over `rows` (numbers become levels, in numeric order). */
function asItem(column: PrepColumn, rows: Int32Array): CategoricalColumn {
  if (column.kind === 'categorical') return { ...column, codes: Int32Array.from(rows, (r) => column.codes[r]!) };
  return categoricalColumn(column.name, Array.from(rows, (r) => (Number.isNaN(column.values[r]!) ? null : column.values[r]!)));
}
