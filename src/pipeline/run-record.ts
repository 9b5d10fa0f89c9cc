/**
 * The run record: every `segmap run` leaves one row in the workspace's `runs` table (migration 1) —
 * spec hash, data hash, seed, versions (segmap, node, duckdb), params (the normalized project and the data
 * fingerprint) and summary (each step's outputs, the tag sets it recorded, the files it wrote), failed runs
 * included. `segmap runs D` lists the runs of every kind (demo, prioritize, project); `diffRuns` (./run-diff.ts,
 * which reads records through `readRun`) says what changed between two.
 *
 * @example
 * await recordRun(ws, { runId: 'project-1a2b3c4d', startedAt, finishedAt, status: 'ok', specHash, dataHash, seed: 42, versions, params, summary });
 * (await listRuns(ws))[0]?.runId; // 'project-1a2b3c4d'
 */
import { openWorkspace, type Workspace } from '../data/workspace.js';
import { NotFoundError } from '../lib/errors.js';
import { projectMessages as msg } from '../lib/messages/index.js';

export interface RunVersions {
  readonly segmap: string | null;
  readonly node: string;
  readonly duckdb: string;
}

export interface NewRun {
  readonly runId: string;
  readonly kind?: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly status: 'ok' | 'failed';
  readonly specHash: string | null;
  readonly dataHash: string | null;
  readonly seed: number | null;
  readonly versions: RunVersions;
  readonly params: unknown;
  readonly summary: unknown;
}

export interface RunRecord {
  readonly runId: string;
  readonly kind: string;
  /** UTC, `YYYY-MM-DD HH:MM:SS.mmm`. */
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly status: string;
  readonly specHash: string | null;
  readonly dataHash: string | null;
  readonly seed: number | null;
  readonly versions: unknown;
  readonly params: unknown;
  readonly summary: unknown;
}

/** A JS time as the timestamp text DuckDB stores (UTC, no zone), the form memberships use too. */
export const timestampText = (at: Date): string => at.toISOString().replace('T', ' ').replace('Z', '');

export async function duckdbVersion(ws: Workspace): Promise<string> {
  const [row] = await ws.all<{ v: string }>('select version() as v');
  return row?.v ?? 'unknown';
}

export async function recordRun(ws: Workspace, run: NewRun): Promise<void> {
  await ws.run(
    `insert into runs (run_id, kind, started_at, finished_at, status, spec_hash, data_hash, seed, versions, params, summary)
     values ($1, $2, cast($3 as timestamp), cast($4 as timestamp), $5, $6, $7, $8, $9::json, $10::json, $11::json)`,
    [
      run.runId, run.kind ?? 'project', timestampText(run.startedAt), timestampText(run.finishedAt), run.status,
      run.specHash, run.dataHash, run.seed, JSON.stringify(run.versions), JSON.stringify(run.params), JSON.stringify(run.summary),
    ],
  );
}

interface RunRow extends Record<string, unknown> {
  run_id: string; kind: string; started_at: string; finished_at: string | null; status: string;
  spec_hash: string | null; data_hash: string | null; seed: number | null; versions: string | null; params: string | null; summary: string | null;
}

const columns = `run_id, kind, cast(started_at as varchar) as started_at, cast(finished_at as varchar) as finished_at, status, spec_hash,
  data_hash, seed, cast(versions as varchar) as versions, cast(params as varchar) as params, cast(summary as varchar) as summary`;

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function toRecord(r: RunRow): RunRecord {
  return {
    runId: r.run_id, kind: r.kind, startedAt: r.started_at, finishedAt: r.finished_at, status: r.status, specHash: r.spec_hash,
    dataHash: r.data_hash, seed: r.seed === null ? null : Number(r.seed), versions: parse(r.versions), params: parse(r.params), summary: parse(r.summary),
  };
}

/** Every run, oldest first. */
export async function listRuns(ws: Workspace): Promise<RunRecord[]> {
  return (await ws.all<RunRow>(`select ${columns} from runs order by started_at, run_id`)).map(toRecord);
}

/** @throws NotFoundError naming the run */
export async function readRun(ws: Workspace, runId: string): Promise<RunRecord> {
  const [row] = await ws.all<RunRow>(`select ${columns} from runs where run_id = $1`, [runId]);
  if (!row) throw new NotFoundError(msg.unknownRun(runId));
  return toRecord(row);
}

/** `segmap runs D`: the runs of the workspace in D. */
export async function listWorkspaceRuns(dir: string): Promise<RunRecord[]> {
  const ws = await openWorkspace(dir);
  try {
    return await listRuns(ws);
  } finally {
    ws.close();
  }
}
