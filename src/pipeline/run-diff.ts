/**
 * `diffRuns(ws, A, B)`: what changed between two recorded runs, in the order one asks it —
 *   spec     same hash? else every setting that differs (`segmentations[0].seed: 42 → 43`)
 *   data     same hash? else which tables changed (rows before and after) and which files
 *   seed, versions
 *   outputs  each step's outputs that differ (sizes, quadrant counts, hashes of assignments and files),
 *            and per tag set both runs recorded: how many entities moved segment, entered or left —
 *            read from the membership history (SCD type 2) as it stood when each run finished
 *
 * Complexity: one membership query per tag set (hash joins over its stays) plus O(spec size).
 *
 * @example
 * const d = await diffRuns(ws, 'project-1a2b3c4d', 'project-5e6f7a8b');
 * d.spec.same; // false
 * d.outputs.memberships[0]; // { kind: 'statistical', segmentation: 'survey', moved: 212, entered: 0, left: 0, … }
 */
import { openWorkspace, type Workspace } from '../data/workspace.js';
import { ProjectRunParams, ProjectRunSummary } from '../spec/project-run.js';
import { formatPath } from '../spec/rules/parse-rules-section.js';
import { canonicalJson } from './project/run-hashes.js';
import { readRun, type RunRecord } from './run-record.js';

export interface ValueChange {
  readonly path: string;
  readonly a: unknown;
  readonly b: unknown;
}

export interface MembershipDiff {
  readonly kind: string;
  readonly segmentation: string;
  /** In both runs, in a different segment (or a different set of tags). */
  readonly moved: number;
  /** Only in B. */
  readonly entered: number;
  /** Only in A. */
  readonly left: number;
  readonly unchanged: number;
}

export interface RunDiff {
  readonly a: { readonly runId: string; readonly kind: string; readonly startedAt: string; readonly status: string };
  readonly b: RunDiff['a'];
  readonly spec: { readonly same: boolean; readonly a: string | null; readonly b: string | null; readonly changes: readonly ValueChange[] };
  readonly data: { readonly same: boolean; readonly a: string | null; readonly b: string | null; readonly changes: readonly ValueChange[] };
  readonly seed: { readonly same: boolean; readonly a: number | null; readonly b: number | null };
  readonly versions: { readonly same: boolean; readonly changes: readonly ValueChange[] };
  readonly outputs: { readonly same: boolean; readonly steps: readonly ValueChange[]; readonly memberships: readonly MembershipDiff[] };
}

const maxChanges = 200;

/** Leaf-by-leaf differences of two JSON values (arrays of numbers compare whole: sizes, shares). */
export function diffValues(a: unknown, b: unknown, path: PropertyKey[] = [], out: ValueChange[] = []): ValueChange[] {
  if (out.length >= maxChanges || canonicalJson(a) === canonicalJson(b)) return out;
  const container = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(Array.isArray(v) && v.every((x) => typeof x !== 'object'));
  if (container(a) && container(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a) && Array.isArray(b) ? Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i) : [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) diffValues(a[key], b[key], [...path, key], out);
    return out;
  }
  out.push({ path: formatPath(path), a: a ?? null, b: b ?? null });
  return out;
}

async function membershipDiff(ws: Workspace, a: RunRecord, b: RunRecord, kind: string, segmentation: string): Promise<MembershipDiff> {
  // the tags as they stood when each run finished: stays opened by then and not yet closed
  const state = (param: string): string => `select entity_kind, entity_id, string_agg(segment, '|' order by segment) as segments from memberships
    where kind = $1 and segmentation = $2 and valid_from <= (select coalesce(finished_at, started_at) from runs where run_id = ${param})
      and (valid_to is null or valid_to > (select coalesce(finished_at, started_at) from runs where run_id = ${param}))
    group by entity_kind, entity_id`;
  const [row] = await ws.all<{ moved: number; entered: number; left_: number; unchanged: number }>(
    `with a as (${state('$3')}), b as (${state('$4')})
     select count(*) filter (where a.segments is not null and b.segments is not null and a.segments <> b.segments)::bigint as moved,
            count(*) filter (where a.segments is null)::bigint as entered,
            count(*) filter (where b.segments is null)::bigint as left_,
            count(*) filter (where a.segments = b.segments)::bigint as unchanged
     from a full join b using (entity_kind, entity_id)`,
    [kind, segmentation, a.runId, b.runId],
  );
  return { kind, segmentation, moved: Number(row?.moved ?? 0), entered: Number(row?.entered ?? 0), left: Number(row?.left_ ?? 0), unchanged: Number(row?.unchanged ?? 0) };
}

const outputsOf = (summary: ProjectRunSummary | undefined): Record<string, unknown> => Object.fromEntries((summary?.steps ?? []).map((s) => [s.title, s.outputs]));

export async function diffRuns(ws: Workspace, runA: string, runB: string): Promise<RunDiff> {
  const [a, b] = [await readRun(ws, runA), await readRun(ws, runB)];
  const params = [ProjectRunParams.safeParse(a.params), ProjectRunParams.safeParse(b.params)] as const;
  const summaries = [ProjectRunSummary.safeParse(a.summary), ProjectRunSummary.safeParse(b.summary)] as const;
  const [pa, pb] = params.map((p) => (p.success ? p.data : undefined));
  const [sa, sb] = summaries.map((s) => (s.success ? s.data : undefined));
  const sets = new Map([...(sa?.memberships ?? []), ...(sb?.memberships ?? [])].map((m) => [`${m.kind}/${m.segmentation}`, m]));
  const memberships: MembershipDiff[] = [];
  for (const m of [...sets.values()].sort((x, y) => `${x.kind}/${x.segmentation}`.localeCompare(`${y.kind}/${y.segmentation}`))) memberships.push(await membershipDiff(ws, a, b, m.kind, m.segmentation));
  const steps = diffValues(outputsOf(sa), outputsOf(sb));
  const versions = diffValues(a.versions, b.versions);
  const head = (r: RunRecord): RunDiff['a'] => ({ runId: r.runId, kind: r.kind, startedAt: r.startedAt, status: r.status });
  return {
    a: head(a),
    b: head(b),
    spec: { same: a.specHash === b.specHash, a: a.specHash, b: b.specHash, changes: a.specHash === b.specHash ? [] : diffValues(pa?.spec ?? a.params, pb?.spec ?? b.params) },
    data: { same: a.dataHash === b.dataHash, a: a.dataHash, b: b.dataHash, changes: a.dataHash === b.dataHash ? [] : diffValues(pa?.data, pb?.data) },
    seed: { same: a.seed === b.seed, a: a.seed, b: b.seed },
    versions: { same: versions.length === 0, changes: versions },
    outputs: { same: steps.length === 0 && memberships.every((m) => m.moved + m.entered + m.left === 0), steps, memberships },
  };
}

/** `segmap runs D --diff A B`. */
export async function diffWorkspaceRuns(dir: string, runA: string, runB: string): Promise<RunDiff> {
  const ws = await openWorkspace(dir);
  try {
    return await diffRuns(ws, runA, runB);
  } finally {
    ws.close();
  }
}
