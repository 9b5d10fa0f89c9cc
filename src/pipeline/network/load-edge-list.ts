/**
 * Reads an edge list (CSV or Parquet) into integer node ids and weights through an in-memory DuckDB, and
 * counts every row it cannot use. Node ids are the distinct endpoint strings, numbered in sorted order.
 *
 * Rows dropped, each counted: a missing endpoint; a weight that is empty, not a number, infinite or
 * negative. Self-loops are kept (as networkx keeps them) and counted.
 * Complexity: DuckDB hash joins, O(rows); the result is three typed arrays.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { Workspace } from '../../data/workspace.js';
import { ident } from '../../data/sql.js';
import { InputError, NotFoundError, UsageError } from '../../lib/errors.js';
import { commonMessages, prioritizeMessages as msg } from '../../lib/messages/index.js';
import { readColumns } from '../../data/read-columns.js';

export interface EdgeListRequest {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly weight?: string;
}

export interface EdgeListIssues {
  readonly rowsIn: number;
  readonly rowsUsed: number;
  readonly missingEndpoint: number;
  readonly badWeight: number;
  readonly negativeWeight: number;
  readonly selfLoops: number;
}

export interface LoadedEdgeList {
  readonly nodeCount: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array | undefined;
  readonly issues: EdgeListIssues;
}

const reader = (file: string): string => (extname(file).toLowerCase() === '.parquet' ? 'read_parquet($file)' : 'read_csv($file, all_varchar = true, header = true)');

/** Loads the edges into temp tables `nw_edges` and `nw_nodes` (node id → ix) of `ws`. */
export async function loadEdgeList(ws: Workspace, request: EdgeListRequest): Promise<LoadedEdgeList> {
  if (!existsSync(request.file)) throw new NotFoundError(commonMessages.fileNotFound(request.file));
  const source = reader(request.file);
  const columns = await fileColumns(ws, source, request.file);
  for (const [flag, column] of [['--from', request.from], ['--to', request.to], ['--weight', request.weight]] as const) {
    if (column !== undefined && !columns.includes(column)) throw new UsageError(msg.columnMissing(flag, column, columns));
  }
  const w = request.weight === undefined ? 'null' : `${ident(request.weight)}::varchar`;
  await ws.run(
    `create or replace temp table nw_raw as
       select nullif(trim(${ident(request.from)}::varchar), '') as s, nullif(trim(${ident(request.to)}::varchar), '') as t,
              ${w} as w_text, try_cast(${w} as double) as w
       from ${source}`,
    { file: request.file },
  );
  const issues = await countIssues(ws, request.weight !== undefined);
  if (issues.rowsUsed === 0) throw new InputError(msg.noEdges(request.file), { file: request.file });
  await ws.run(`create or replace temp table nw_edges as select s, t, w from nw_raw where ${usable(request.weight !== undefined)}`);
  await ws.run(
    `create or replace temp table nw_nodes as
       select id, (row_number() over (order by id) - 1)::integer as ix from (select s as id from nw_edges union select t from nw_edges)`,
  );
  const { columns: edge } = await readColumns(
    ws,
    `select a.ix as u, b.ix as v, e.w::double as w from nw_edges e join nw_nodes a on a.id = e.s join nw_nodes b on b.id = e.t`,
    [],
    { u: 'int32', v: 'int32', w: 'float64' },
  );
  const [count] = await ws.all<{ n: number }>('select count(*)::integer as n from nw_nodes');
  return { nodeCount: count?.n ?? 0, from: edge.u, to: edge.v, weight: request.weight === undefined ? undefined : edge.w, issues };
}

async function fileColumns(ws: Workspace, source: string, file: string): Promise<string[]> {
  try {
    const rows = await ws.all<{ column_name: string }>(`describe select * from ${source}`, { file });
    return rows.map((r) => r.column_name);
  } catch (error) {
    throw new InputError(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { file });
  }
}

const usable = (weighted: boolean): string =>
  `s is not null and t is not null${weighted ? ' and w is not null and isfinite(w) and w >= 0' : ''}`;

async function countIssues(ws: Workspace, weighted: boolean): Promise<EdgeListIssues> {
  const [row] = await ws.all<Record<string, number>>(
    `select count(*)::bigint as rows_in,
            count(*) filter (where ${usable(weighted)})::bigint as rows_used,
            count(*) filter (where s is null or t is null)::bigint as missing_endpoint,
            count(*) filter (where s is not null and t is not null and ${weighted ? '(w is null or not isfinite(w))' : 'false'})::bigint as bad_weight,
            count(*) filter (where s is not null and t is not null and ${weighted ? 'isfinite(w) and w < 0' : 'false'})::bigint as negative_weight,
            count(*) filter (where ${usable(weighted)} and s = t)::bigint as self_loops
     from nw_raw`,
  );
  return {
    rowsIn: row?.rows_in ?? 0,
    rowsUsed: row?.rows_used ?? 0,
    missingEndpoint: row?.missing_endpoint ?? 0,
    badWeight: row?.bad_weight ?? 0,
    negativeWeight: row?.negative_weight ?? 0,
    selfLoops: row?.self_loops ?? 0,
  };
}
