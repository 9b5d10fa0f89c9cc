/**
 * Maps a core profile result onto the profile.json document (spec/profile.ts): segment indices become the
 * segment ids of the user's column, suggested labels become labels (until edited), each problem or flag
 * gets its sentence from the message catalogue, and the document is validated against its schema.
 *
 * @example
 * const doc = toProfileDocument(result, { segmentColumn: 'segment', weightColumn: null, file: 'x.csv' }, warnings);
 */
import type { ProfileResult, VariableResult } from '../../core/profile/profile-types.js';
import type { Warning } from '../../lib/logger.js';
import { profileMessages } from '../../lib/messages/profile.js';
import { ProfileDocument } from '../../spec/profile.js';

export interface ProfileSource {
  readonly file: string | null;
  readonly segmentation: string | null;
  readonly segmentColumn: string;
  readonly weightColumn: string | null;
  /** Longer wording per variable name (survey question text). */
  readonly descriptions?: ReadonlyMap<string, string>;
  /** Labels someone gave the segments (by segment id); they replace the suggested labels. */
  readonly segmentLabels?: ReadonlyMap<string, string>;
}

function notes(v: VariableResult): string[] {
  const out: string[] = [];
  if (v.problem === 'no-data') out.push(profileMessages.allMissing(v.name));
  if (v.problem === 'zero-variance') out.push(profileMessages.zeroVariance(v.name));
  if (v.problem === 'single-category') out.push(profileMessages.singleCategory(v.name));
  if (v.flags.includes('low-expected') && v.expected) {
    const how = v.test === 'fisher-exact' ? "Fisher's exact test" : "Fisher's test by Monte-Carlo";
    out.push(profileMessages.lowExpected(v.name, v.expected.cellsBelow5, v.expected.cells, v.expected.minExpected.toFixed(2), how));
  }
  if (v.flags.includes('exact-on-unweighted')) out.push(profileMessages.exactOnUnweighted(v.name));
  if (v.flags.includes('welch-undefined')) out.push(profileMessages.welchUndefined(v.name));
  return out;
}

export function toProfileDocument(result: ProfileResult, source: ProfileSource, warnings: readonly Warning[]): ProfileDocument {
  const ids = result.segments.map((s) => s.name);
  const suggested = new Map(result.labels.map((l) => [l.segment, l.label]));
  const doc: ProfileDocument = {
    schemaVersion: 1,
    source: { file: source.file, segmentation: source.segmentation, segmentColumn: source.segmentColumn, weightColumn: source.weightColumn },
    n: result.n,
    weightedN: result.weightedN,
    effectiveN: result.effectiveN,
    weightMode: result.weightMode,
    alpha: result.alpha,
    adjustment: {
      method: result.adjustment,
      families: 'omnibus p-values across all variables; cell tests per banner row (segment vs the other segments, and pairwise letters)',
    },
    segments: result.segments.map((s) => ({
      id: s.name,
      letter: s.letter,
      label: source.segmentLabels?.get(s.name) ?? suggested.get(s.index) ?? s.name,
      suggestedLabel: suggested.get(s.index) ?? s.name,
      count: s.count,
      weighted: s.weighted,
      effective: s.effective,
      share: s.share,
    })),
    variables: result.variables.map((v) => ({
      name: v.name,
      label: v.label,
      description: source.descriptions?.get(v.name) ?? null,
      kind: v.kind,
      test: v.test,
      statistic: v.statistic,
      df: v.df,
      df2: v.df2,
      pValue: v.pValue,
      adjustedPValue: v.adjustedPValue,
      effectSize: v.effectSize,
      effectSizeName: v.effectSizeName,
      strength: v.strength,
      rank: v.rank,
      significant: v.significant,
      problem: v.problem,
      notes: notes(v),
      flags: [...v.flags],
      tests: v.tests.map((t) => ({ ...t })),
      expected: v.expected,
      missing: v.missing,
      rows: v.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, segment: ids[c.segment] ?? String(c.segment) })) })),
    })),
    ranking: [...result.ranking],
    warnings: warnings.map((w) => ({ code: w.code, message: w.message })),
  };
  return ProfileDocument.parse(doc);
}
