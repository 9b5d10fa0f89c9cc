/**
 * Builds the core profile input from a staged file: the segment column as codes, optional weights
 * (validated: a weight must be a non-negative number), and the variables — the listed columns, or every
 * other column except identifiers. A column is numeric when all its answers are numbers and it has more
 * than two distinct values (ratings, volumes, counts); otherwise it is categorical (roles, specialties,
 * yes/no, 1/2 codes), so a binary code is reported as shares, not as a meaningless mean.
 *
 * Complexity: one scan per column.
 *
 * @example
 * const { input } = await fileProfileInput(table, { segment: 'segment', weights: 'w' });
 */
import type { ProfileInput, ProfileVariable } from '../../core/profile/profile-types.js';
import { InputError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { profileMessages } from '../../lib/messages/profile.js';
import { naturalOrder, segmentCodes } from './segment-codes.js';
import type { StagedTable } from './staged-columns.js';

export interface FileProfileOptions {
  readonly segment: string;
  readonly columns?: readonly string[];
  readonly weights?: string;
  readonly logger: Logger;
}

/** A categorical column with more distinct values than this is an identifier or free text unless listed. */
const maxLevels = 50;
const idLike = /(^|_)(id|npi|key|uuid|email|name)$/i;

async function readWeights(table: StagedTable, column: string): Promise<Float64Array> {
  const text = await table.text(column);
  const weights = await table.numbers(column);
  const rows = await table.rowNumbers();
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? Number.NaN;
    if (!(w >= 0) || !Number.isFinite(w)) {
      const value = text[i] ?? '';
      throw new InputError(profileMessages.weightInvalid(value), { file: table.file, row: rows[i] ?? i + 1, column, value });
    }
  }
  return weights;
}

async function readVariable(table: StagedTable, name: string, listed: boolean, logger: Logger): Promise<ProfileVariable | undefined> {
  const d = await table.describe(name);
  if (d.answered > 0 && d.numeric === d.answered && d.distinct > 2) {
    if (!listed && idLike.test(name) && d.integers === d.answered && d.distinct === d.answered) {
      logger.warn('identifier-skipped', profileMessages.identifierSkipped(name, d.distinct));
      return undefined;
    }
    return { kind: 'numeric', name, values: await table.numbers(name) };
  }
  if (d.answered === 0) return { kind: 'numeric', name, values: await table.numbers(name) };
  if (!listed && (d.distinct > maxLevels || idLike.test(name) || (d.answered > 20 && d.distinct > 0.9 * d.answered))) {
    logger.warn('identifier-skipped', profileMessages.identifierSkipped(name, d.distinct));
    return undefined;
  }
  const text = await table.text(name);
  const levels = naturalOrder(text.filter((t): t is string => t !== null));
  const index = new Map(levels.map((l, i) => [l, i]));
  return { kind: 'categorical', name, levels, codes: Int32Array.from(text, (t) => (t === null ? -1 : (index.get(t) ?? -1))) };
}

export async function fileProfileInput(table: StagedTable, options: FileProfileOptions): Promise<ProfileInput> {
  const names = new Set(table.names);
  if (!names.has(options.segment)) throw new InputError(profileMessages.segmentColumnMissing(options.segment, table.file), { file: table.file, column: options.segment });
  if (options.weights !== undefined && !names.has(options.weights)) throw new InputError(profileMessages.weightColumnMissing(options.weights, table.file), { file: table.file, column: options.weights });
  const missing = (options.columns ?? []).filter((c) => !names.has(c));
  if (missing.length > 0) throw new InputError(profileMessages.columnsMissing(missing, table.file), { file: table.file });
  if (table.rows === 0) throw new InputError(profileMessages.emptyFile(table.file), { file: table.file });
  const listed = options.columns !== undefined;
  const candidates = (options.columns ?? table.names).filter((c) => c !== options.segment && c !== options.weights);
  if (candidates.length === 0) throw new InputError(profileMessages.noVariables(table.file), { file: table.file });
  const segments = segmentCodes(await table.text(options.segment));
  const variables: ProfileVariable[] = [];
  for (const name of candidates) {
    const v = await readVariable(table, name, listed, options.logger);
    if (v) variables.push(v);
  }
  if (variables.length === 0) throw new InputError(profileMessages.noVariables(table.file), { file: table.file });
  return {
    segments: segments.codes,
    segmentNames: segments.names,
    variables,
    ...(options.weights !== undefined ? { weights: await readWeights(table, options.weights) } : {}),
  };
}
