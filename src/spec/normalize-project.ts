/**
 * Resolves a validated project into a fully defined one (STYLE 5: options resolved once): k ranges
 * listed, every segmentation's seed, missing-value handling and screening decided, absent sections and
 * options `null` rather than missing. The run uses only this form, and its canonical JSON is what the
 * spec hash covers — so two files that mean the same thing (`k: 4` and `k: "4"`, a default written out
 * or left implicit) hash the same, and any change that alters the run (a seed, a k, an item) does not.
 *
 * Paths stay as written (relative to the project file): moving a project folder keeps its hash.
 *
 * Complexity O(size of the project).
 *
 * @example
 * normalizeProject(Project.parse({ version: 1, seed: 7, segmentations: [{ name: 's', method: 'kmeans', k: '2..4' }] }))
 *   .segmentations[0] // { name: 's', ks: [2, 3, 4], seed: 7, source: { kind: 'survey' }, missing: 'mean', screen: true, … }
 */
import { kRange } from './k-range.js';
import type { Mapping } from './mapping.js';
import type { PrioritizationSpec } from './prioritization.js';
import type { CallListExport, Project, ProjectionSection, Segmentation, TypingSection } from './project.js';
import type { ClusterMethod } from './cluster-model.js';
import type { RulesSection } from './rules/rule-segment.js';

export type NormalizedSource = { readonly kind: 'survey' } | { readonly kind: 'file'; readonly file: string; readonly id: string | null; readonly entity: 'stakeholder' | 'account' | 'respondent' | null };

export interface NormalizedSegmentation {
  readonly name: string;
  readonly method: ClusterMethod;
  readonly ks: readonly number[];
  readonly source: NormalizedSource;
  /** File columns or survey items; null = all. */
  readonly columns: readonly string[] | null;
  readonly weights: string | null;
  readonly seed: number;
  readonly starts: number | null;
  readonly resamples: number | null;
  readonly missing: 'listwise' | 'mean';
  readonly screen: boolean;
}

export interface NormalizedProject {
  readonly version: 1;
  readonly name: string | null;
  readonly workspace: string;
  readonly out: string;
  readonly seed: number;
  readonly asOf: string | null;
  readonly staleAfterDays: number;
  readonly sources: readonly { readonly table: string; readonly file: string; readonly mapping: string | Mapping | null; readonly source: string | null }[];
  readonly prioritization: PrioritizationSpec | null;
  readonly segmentations: readonly NormalizedSegmentation[];
  readonly profile: { readonly segmentation: string; readonly alpha: number; readonly adjustment: 'holm' | 'bh' | 'none'; readonly title: string } | null;
  readonly typing: (Omit<TypingSection, 'items' | 'size'> & { readonly items: readonly string[] | null; readonly size: number | null; readonly seed: number }) | null;
  readonly projection: (Omit<ProjectionSection, 'inputs'> & { readonly inputs: readonly string[] | null; readonly seed: number }) | null;
  readonly compile: { readonly dialects: readonly string[] };
  readonly rules: RulesSection | null;
  readonly exports: readonly (Omit<CallListExport, 'territory' | 'rep' | 'maxAgeDays'> & { readonly territory: string | null; readonly rep: string | null; readonly maxAgeDays: number })[];
}

function normalizeSegmentation(s: Segmentation, projectSeed: number): NormalizedSegmentation {
  const source: NormalizedSource = s.source === 'survey' ? { kind: 'survey' } : { kind: 'file', file: s.source.file, id: s.source.id ?? null, entity: s.source.entity ?? null };
  const survey = source.kind === 'survey';
  return {
    name: s.name,
    method: s.method,
    // the schema accepted k only when kRange does
    ks: kRange(s.k) ?? [],
    source,
    columns: s.columns ?? s.items ?? null,
    weights: s.weights ?? null,
    seed: s.seed ?? projectSeed,
    starts: s.starts ?? null,
    resamples: s.resamples ?? null,
    missing: s.method === 'lca' ? 'listwise' : (s.missing ?? (survey ? 'mean' : 'listwise')),
    screen: s.screen ?? survey,
  };
}

export function normalizeProject(p: Project): NormalizedProject {
  return {
    version: 1,
    name: p.name ?? null,
    workspace: p.workspace,
    out: p.out,
    seed: p.seed,
    asOf: p.asOf ?? null,
    staleAfterDays: p.staleAfterDays,
    sources: p.sources.map((s) => ({ table: s.table, file: s.file, mapping: s.mapping ?? null, source: s.source ?? null })),
    prioritization: p.prioritization ?? null,
    segmentations: p.segmentations.map((s) => normalizeSegmentation(s, p.seed)),
    profile: p.profile ? { segmentation: p.profile.segmentation, alpha: p.profile.alpha ?? 0.05, adjustment: p.profile.adjustment ?? 'holm', title: p.profile.title ?? `Segments of ${p.profile.segmentation}` } : null,
    typing: p.typing ? { ...p.typing, items: p.typing.items ?? null, size: p.typing.size ?? null, seed: p.seed } : null,
    projection: p.projection ? { ...p.projection, inputs: p.projection.inputs ?? null, seed: p.seed } : null,
    compile: { dialects: [...p.compile.dialects] },
    rules: p.rules ?? null,
    exports: p.exports.map((e) => ({ ...e, territory: e.territory ?? null, rep: e.rep ?? null, maxAgeDays: e.maxAgeDays ?? p.staleAfterDays })),
  };
}
