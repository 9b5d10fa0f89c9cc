/**
 * A scoring model (spec/scoring-model.ts) as one SELECT over a table whose columns carry the model's
 * input names, returning `id, segment, probability` — the same numbers as in-process scoring
 * (pipeline/score), because every step mirrors it in the same order:
 *
 *   1. features   (coalesce(CAST(x AS DOUBLE), center) − center) / scale;  ln(1 + x) first for log1p;
 *                 CASE WHEN CAST(x AS text) = level THEN 1 ELSE 0 END for indicators
 *   2. scores     z_c = b_c + w_c0·f_0 + w_c1·f_1 + …   (left to right, as the in-process loop adds)
 *   3. softmax    m = greatest(z…); segment = first c with z_c = m;
 *                 probability = 1 / Σ_c exp(greatest(z_c − m, −700))   (the winner's exp is exp(0) = 1)
 *   4. threshold  "unassigned" when probability < unassignedBelow (only when the model sets it)
 *
 * Every coefficient, centre, scale, level and segment name is a typed parameter (inline for `segmap
 * sql`); input and id names pass the identifier gate. Nested subqueries instead of CTEs keep the text
 * identical in shape across the four dialects.
 *
 * Complexity: O(k·p) nodes.
 *
 * @example
 * compileSql(scoringQuery(model, { table: 'input' }), 'duckdb');   // { sql: 'SELECT\n  "id" AS "id", …', parameters: [...] }
 */
import type { ScoringModel } from '../../spec/scoring-model.js';
import { unassignedSegment } from '../../spec/scoring-model.js';
import { minExponent } from './constants.js';
import { sql, SelectNode, SubqueryNode, TableNode, type ExprNode, type SelectItem } from '../ast/index.js';

export interface ScoringQueryOptions {
  /** The table read (default `input`). */
  readonly table?: string;
  /** Optional schema qualifying the table. */
  readonly schema?: string;
}

const feature = (j: number): string => `f${j}`;
const score = (c: number): string => `z${c}`;

export function scoringQuery(model: ScoringModel, options: ScoringQueryOptions = {}): SelectNode {
  const id: SelectItem = { expr: sql.col(model.idColumn), alias: 'id' };
  const features = SelectNode.create({
    columns: [id, ...model.features.map((f, j) => ({ expr: featureExpr(f), alias: feature(j) }))],
    from: TableNode.create(options.table ?? 'input', undefined, options.schema),
  });
  const scores = SelectNode.create({
    columns: [{ expr: sql.col('id'), alias: 'id' }, ...model.segments.map((_, c) => ({ expr: scoreExpr(model, c), alias: score(c) }))],
    from: SubqueryNode.create(features, 'f'),
  });
  const zs = model.segments.map((_, c) => sql.col(score(c)));
  const withMax = SelectNode.create({
    columns: [{ expr: sql.col('id'), alias: 'id' }, ...zs.map((z, c) => ({ expr: z, alias: score(c) })), { expr: sql.call('greatest', ...zs), alias: 'm' }],
    from: SubqueryNode.create(scores, 'z'),
  });
  const m = sql.col('m');
  const segment = sql.case(
    model.segments.slice(0, -1).map((name, c) => ({ when: sql.eq(zs[c]!, m), then: sql.param(name, 'text') })),
    sql.param(model.segments[model.segments.length - 1]!, 'text'),
  );
  const terms: ExprNode[] = zs.map((z) => sql.call('exp', sql.call('greatest', sql.sub(z, m), sql.param(minExponent, 'double'))));
  const total = terms.reduce((a, b) => sql.add(a, b));
  const winner = SelectNode.create({
    columns: [
      { expr: sql.col('id'), alias: 'id' },
      { expr: segment, alias: 'segment' },
      { expr: sql.div(sql.param(1, 'double'), total), alias: 'probability' },
    ],
    from: SubqueryNode.create(withMax, 's'),
  });
  if (model.unassignedBelow === undefined) return winner;
  const below = sql.lt(sql.col('probability'), sql.param(model.unassignedBelow, 'double'));
  return SelectNode.create({
    columns: [
      { expr: sql.col('id'), alias: 'id' },
      { expr: sql.case([{ when: below, then: sql.param(unassignedSegment, 'text') }], sql.col('segment')), alias: 'segment' },
      { expr: sql.col('probability'), alias: 'probability' },
    ],
    from: SubqueryNode.create(winner, 'w'),
  });
}

function featureExpr(f: ScoringModel['features'][number]): ExprNode {
  if (f.kind === 'indicator') {
    return sql.case([{ when: sql.eq(sql.cast(sql.col(f.input), 'text'), sql.param(f.level, 'text')), then: sql.lit(1) }], sql.lit(0));
  }
  const raw = sql.cast(sql.col(f.input), 'double');
  const value = f.log1p ? sql.call('ln', sql.add(sql.lit(1), raw)) : raw;
  const center = sql.param(f.center, 'double');
  return sql.div(sql.sub(sql.call('coalesce', value, center), sql.param(f.center, 'double')), sql.param(f.scale, 'double'));
}

function scoreExpr(model: ScoringModel, c: number): ExprNode {
  const row = model.coefficients[c]!;
  return row.reduce<ExprNode>(
    (sum, w, j) => sql.add(sum, sql.mul(sql.param(w, 'double'), sql.col(feature(j)))),
    sql.param(model.intercepts[c]!, 'double'),
  );
}
