/**
 * The `segmap sql` use case: a model file → one SELECT for a dialect (compile/model/scoring-query.ts),
 * either self-contained (`inline`, for pasting into a warehouse console) or with bound parameters.
 *
 * @example
 * const { sql } = await modelSql('out/typing.json', { dialect: 'snowflake', table: 'respondents' });
 */
import { compileSql, type CompiledQuery, type DialectName } from '../../compile/dialect/index.js';
import { scoringQuery } from '../../compile/model/scoring-query.js';
import type { ScoringModel } from '../../spec/scoring-model.js';
import { loadModel } from './load-model.js';

export interface ModelSqlOptions {
  readonly dialect: DialectName;
  /** Table to read (default `input`). */
  readonly table?: string;
  /** Bind values as parameters instead of writing them as literals (default false: inline). */
  readonly bind?: boolean;
}

export function compileModelSql(model: ScoringModel, options: ModelSqlOptions): CompiledQuery {
  const query = scoringQuery(model, options.table === undefined ? {} : { table: options.table });
  return compileSql(query, options.dialect, { inline: !options.bind });
}

export async function modelSql(file: string, options: ModelSqlOptions): Promise<CompiledQuery> {
  return compileModelSql((await loadModel(file)).scoring, options);
}
