/**
 * SQL fragments: compiled pieces of a rule query (SQL text plus its parameters) and the glue that joins
 * them. Rule queries need correlated EXISTS and COUNT(*) subqueries, which the SQL AST (../ast) does not
 * model; so each piece that has data in it — a column test, a typed parameter, a SELECT … FROM … WHERE —
 * is compiled by the dialect compiler from an AST, and only fixed keywords that every dialect spells the
 * same (EXISTS, NOT, AND, OR, COUNT(*), parentheses) are written here as glue.
 *
 * Joining fragments renumbers their placeholders: each fragment numbers its own parameters from 1, so the
 * k-th fragment's `$n` (`:pn` on Spark) becomes `$(n + offset)`. This is safe because placeholders are the
 * only `$`/`:p` sequences in compiled text: values never appear in it (they are parameters) and
 * identifiers cannot contain `$` or `:` (compile/dialect/identifier.ts). Snowflake's `?` is positional
 * and needs no renumbering; parameters stay in text order. In `inline` mode there are no placeholders.
 * A count check guards the invariant.
 *
 * Complexity: O(total text length).
 */
import type { SqlNode, SqlValue } from '../ast/node.js';
import { compileSql, type DialectName } from '../dialect/index.js';

export interface SqlFragment {
  readonly sql: string;
  readonly parameters: readonly SqlValue[];
}

export interface FragmentContext {
  readonly dialect: DialectName;
  /** Render values as escaped literals (for pasting into a warehouse console). */
  readonly inline: boolean;
}

/** Compiles one AST node into a fragment with the dialect's own compiler. */
export function compileFragment(node: SqlNode, ctx: FragmentContext): SqlFragment {
  const compiled = compileSql(node, ctx.dialect, { inline: ctx.inline });
  return { sql: compiled.sql, parameters: compiled.parameters };
}

const placeholderPattern: Readonly<Record<DialectName, RegExp | null>> = {
  duckdb: /\$(\d+)/g,
  postgres: /\$(\d+)/g,
  spark: /:p(\d+)/g,
  snowflake: null,
};

const placeholderText: Readonly<Record<DialectName, (n: number) => string>> = {
  duckdb: (n) => `$${n}`,
  postgres: (n) => `$${n}`,
  spark: (n) => `:p${n}`,
  snowflake: () => '?',
};

/** Shifts a fragment's placeholders by `offset`, checking it holds exactly its parameters. */
function shift(fragment: SqlFragment, offset: number, dialect: DialectName): string {
  const pattern = placeholderPattern[dialect];
  const count = pattern === null ? (fragment.sql.match(/\?/g) ?? []).length : (fragment.sql.match(pattern) ?? []).length;
  if (count !== fragment.parameters.length) throw new Error(`sql fragment has ${count} placeholders for ${fragment.parameters.length} parameters`);
  if (pattern === null || offset === 0) return fragment.sql;
  return fragment.sql.replace(pattern, (_, n: string) => placeholderText[dialect](Number(n) + offset));
}

/** Glue: fixed SQL text (keywords and punctuation only; never data). */
export const text = (sql: string): SqlFragment => ({ sql, parameters: [] });

/** Joins fragments in order into one, renumbering placeholders. */
export function concat(ctx: FragmentContext, ...parts: readonly (SqlFragment | string)[]): SqlFragment {
  let sql = '';
  const parameters: SqlValue[] = [];
  for (const part of parts) {
    const fragment = typeof part === 'string' ? text(part) : part;
    sql += shift(fragment, parameters.length, ctx.dialect);
    parameters.push(...fragment.parameters);
  }
  return { sql, parameters };
}

/** Joins fragments with a separator (` AND `, ` OR `), each in parentheses when there are several. */
export function joinFragments(ctx: FragmentContext, separator: string, parts: readonly SqlFragment[]): SqlFragment {
  if (parts.length === 1 && parts[0]) return parts[0];
  const pieces: (SqlFragment | string)[] = ['('];
  parts.forEach((p, i) => {
    if (i > 0) pieces.push(separator);
    pieces.push(p);
  });
  pieces.push(')');
  return concat(ctx, ...pieces);
}
