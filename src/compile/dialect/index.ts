/**
 * The four SQL dialects behind one lookup. `compileSql(node, 'postgres')` is all a caller needs; the
 * compiler classes are exported for tests and for anyone adding a dialect (override hooks only).
 */
import { UsageError } from '../../lib/errors.js';
import { compileMessages } from '../../lib/messages/compile.js';
import type { SqlNode } from '../ast/node.js';
import type { CompiledQuery, CompileOptions, DialectName, SqlCompiler } from './compiler.js';
import { DuckDbCompiler } from './duckdb.js';
import { PostgresCompiler } from './postgres.js';
import { SnowflakeCompiler } from './snowflake.js';
import { SparkCompiler } from './spark.js';

export { SqlCompiler, type CompiledQuery, type CompileOptions, type DialectName } from './compiler.js';
export { DuckDbCompiler } from './duckdb.js';
export { PostgresCompiler } from './postgres.js';
export { SparkCompiler } from './spark.js';
export { SnowflakeCompiler } from './snowflake.js';
export { assertIdentifier, isSafeIdentifier } from './identifier.js';

export const dialectNames: readonly DialectName[] = ['duckdb', 'postgres', 'spark', 'snowflake'];

const compilers: Readonly<Record<DialectName, () => SqlCompiler>> = {
  duckdb: () => new DuckDbCompiler(),
  postgres: () => new PostgresCompiler(),
  spark: () => new SparkCompiler(),
  snowflake: () => new SnowflakeCompiler(),
};

export function isDialectName(name: string): name is DialectName {
  return (dialectNames as readonly string[]).includes(name);
}

/** Compiles an AST for one dialect: SQL text plus parameters (or self-contained text with `inline`). */
export function compileSql(node: SqlNode, dialect: DialectName, options: CompileOptions = {}): CompiledQuery {
  return compilers[dialect]().compile(node, options);
}

/** Parses a user-supplied dialect name. @throws {UsageError} naming the supported dialects */
export function parseDialect(name: string): DialectName {
  if (!isDialectName(name)) throw new UsageError(compileMessages.unknownDialect(name, dialectNames));
  return name;
}
