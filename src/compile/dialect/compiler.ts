/**
 * The SQL visitor shared by every dialect: walks a frozen AST (../ast) once and returns the SQL text with
 * its parameters. Values are never pasted: each ParamNode appends to `parameters` and prints the
 * dialect's placeholder; identifiers go through `assertIdentifier` and the dialect's quoting. A dialect
 * subclass overrides only the hooks at the bottom (placeholder, quoting, type names, functions, date
 * arithmetic, literals) — kysely's DefaultQueryCompiler / SqliteQueryCompiler split.
 *
 * `inline: true` renders parameters as typed literals instead (for `segmap sql`, whose output is pasted
 * into a warehouse console that cannot bind parameters). Literals come only from the same hooks, which
 * accept finite numbers, booleans, NULL and strings without control characters, escaped per dialect.
 *
 * Parentheses follow operator precedence, so left-to-right chains print flat and the text stays readable
 * in golden files. Complexity: O(size of the tree).
 *
 * @example
 * new DuckDbCompiler().compile(sql.gt(sql.col('beds'), 100))   // { sql: '"beds" > $1', parameters: [100] }
 */
import { assertNever } from '../../lib/assert-never.js';
import { UsageError } from '../../lib/errors.js';
import { compileMessages } from '../../lib/messages/compile.js';
import type { SqlFunction } from '../ast/call.js';
import type { DateUnit } from '../ast/date-add.js';
import type { ExprNode, FromNode, SqlNode, SqlType, SqlValue } from '../ast/node.js';
import type { SelectNode } from '../ast/select.js';
import { assertIdentifier } from './identifier.js';

export type DialectName = 'duckdb' | 'postgres' | 'spark' | 'snowflake';

export interface CompiledQuery {
  readonly dialect: DialectName;
  readonly sql: string;
  /** In placeholder order; Spark's `:p1, :p2…` name them p1, p2… */
  readonly parameters: readonly SqlValue[];
}

export interface CompileOptions {
  /** Render parameters as escaped literals (self-contained SQL); default false. */
  readonly inline?: boolean;
}

interface Context {
  readonly parameters: SqlValue[];
  readonly inline: boolean;
}

/** Binding strength: a child binding weaker than its parent gets parentheses. */
const precedence = { or: 1, and: 2, not: 3, predicate: 4, concat: 5, additive: 6, multiplicative: 7, negate: 8, atom: 9 } as const;

export abstract class SqlCompiler {
  abstract readonly dialect: DialectName;

  compile(node: SqlNode, options: CompileOptions = {}): CompiledQuery {
    const ctx: Context = { parameters: [], inline: options.inline ?? false };
    const text = node.kind === 'select' ? this.select(node, ctx) : node.kind === 'table' || node.kind === 'subquery' ? this.from(node, ctx) : this.expr(node, ctx);
    return Object.freeze({ dialect: this.dialect, sql: text, parameters: Object.freeze(ctx.parameters) });
  }

  // ── statements ────────────────────────────────────────────────────────────────────────────────

  protected select(node: SelectNode, ctx: Context): string {
    const columns = node.columns.map((c) => `  ${this.expr(c.expr, ctx)} AS ${this.identifier(c.alias)}`).join(',\n');
    const lines = [`SELECT\n${columns}`, `FROM ${this.from(node.from, ctx)}`];
    if (node.where) lines.push(`WHERE ${this.expr(node.where, ctx)}`);
    if (node.orderBy?.length) {
      lines.push(`ORDER BY ${node.orderBy.map((o) => `${this.expr(o.expr, ctx)} ${o.direction.toUpperCase()}`).join(', ')}`);
    }
    if (node.limit !== undefined) lines.push(`LIMIT ${node.limit}`);
    return lines.join('\n');
  }

  protected from(node: FromNode, ctx: Context): string {
    switch (node.kind) {
      case 'table': {
        const name = node.schema === undefined ? this.identifier(node.name) : `${this.identifier(node.schema)}.${this.identifier(node.name)}`;
        return node.alias === undefined ? name : `${name} AS ${this.identifier(node.alias)}`;
      }
      case 'subquery':
        return `(\n${indent(this.select(node.query, ctx))}\n) AS ${this.identifier(node.alias)}`;
      default:
        return assertNever(node, 'from node');
    }
  }

  // ── expressions ───────────────────────────────────────────────────────────────────────────────

  protected expr(node: ExprNode, ctx: Context): string {
    switch (node.kind) {
      case 'column':
        return node.table === undefined ? this.identifier(node.name) : `${this.identifier(node.table)}.${this.identifier(node.name)}`;
      case 'param':
        return this.param(node.value, node.type, ctx);
      case 'literal':
        return this.literal(node.value);
      case 'binary': {
        const p = binaryPrecedence(node.op);
        const left = this.child(node.left, p, ctx, false);
        const right = this.child(node.right, p, ctx, true);
        return `${left} ${node.op} ${right}`;
      }
      case 'negate':
        return `-${this.child(node.operand, precedence.negate, ctx, true)}`;
      case 'and':
        return node.operands.map((o) => this.child(o, precedence.and, ctx, false)).join(' AND ');
      case 'or':
        return node.operands.map((o) => this.child(o, precedence.or, ctx, false)).join(' OR ');
      case 'not':
        // always parenthesised: `NOT a IS NULL` is legal but reads like (NOT a) IS NULL
        return nodePrecedence(node.operand) === precedence.atom ? `NOT ${this.expr(node.operand, ctx)}` : `NOT (${this.expr(node.operand, ctx)})`;
      case 'inList': {
        const values = node.values.map((v) => this.expr(v, ctx)).join(', ');
        return `${this.child(node.operand, precedence.predicate, ctx, true)} ${node.negated ? 'NOT IN' : 'IN'} (${values})`;
      }
      case 'between': {
        const operand = this.child(node.operand, precedence.predicate, ctx, true);
        const low = this.child(node.low, precedence.predicate, ctx, true);
        const high = this.child(node.high, precedence.predicate, ctx, true);
        return `${operand} ${node.negated ? 'NOT BETWEEN' : 'BETWEEN'} ${low} AND ${high}`;
      }
      case 'isNull':
        return `${this.child(node.operand, precedence.predicate, ctx, true)} ${node.negated ? 'IS NOT NULL' : 'IS NULL'}`;
      case 'like': {
        const operand = this.child(node.operand, precedence.predicate, ctx, true);
        return `${operand} ${node.negated ? 'NOT LIKE' : 'LIKE'} ${this.child(node.pattern, precedence.predicate, ctx, true)}`;
      }
      case 'call':
        return this.callFunction(node.fn, node.args.map((a) => this.expr(a, ctx)));
      case 'case': {
        const branches = node.branches.map((b) => `WHEN ${this.expr(b.when, ctx)} THEN ${this.expr(b.then, ctx)}`);
        const otherwise = node.otherwise === undefined ? '' : ` ELSE ${this.expr(node.otherwise, ctx)}`;
        return `CASE ${branches.join(' ')}${otherwise} END`;
      }
      case 'cast':
        return `CAST(${this.expr(node.operand, ctx)} AS ${this.typeName(node.type)})`;
      case 'currentDate':
        return this.currentDate();
      case 'currentTimestamp':
        return this.currentTimestamp();
      case 'dateAdd':
        return this.dateAdd(this.expr(node.base, ctx), this.expr(node.amount, ctx), node.unit);
      default:
        return assertNever(node, 'expression node');
    }
  }

  /** A child expression, parenthesised when it binds weaker than its parent (or equally, on the right). */
  private child(node: ExprNode, parent: number, ctx: Context, right: boolean): string {
    const own = nodePrecedence(node);
    const text = this.expr(node, ctx);
    // comparisons do not chain in SQL (`a = b = c` is an error in PostgreSQL), so equal predicates nest in parentheses
    const tie = own === parent && (right || parent === precedence.predicate);
    return own < parent || tie ? `(${text})` : text;
  }

  private param(value: SqlValue, type: SqlType | undefined, ctx: Context): string {
    let text: string;
    if (ctx.inline) {
      text = this.literal(value);
    } else {
      ctx.parameters.push(value);
      text = this.placeholder(ctx.parameters.length);
    }
    return type === undefined ? text : `CAST(${text} AS ${this.typeName(type)})`;
  }

  private literal(value: SqlValue): string {
    if (value === null) return 'NULL';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'number') return this.numberLiteral(value);
    if (hasControlCharacter(value)) throw new UsageError(compileMessages.unsafeString('a string value'));
    return this.stringLiteral(value);
  }

  protected identifier(name: string): string {
    return this.quoteIdentifier(assertIdentifier(name));
  }

  // ── dialect hooks ─────────────────────────────────────────────────────────────────────────────

  /** The placeholder of the `index`-th parameter (1-based). */
  protected abstract placeholder(index: number): string;

  /** Quotes a name that has already passed `assertIdentifier`. */
  protected quoteIdentifier(name: string): string {
    return `"${name}"`;
  }

  protected abstract typeName(type: SqlType): string;

  protected callFunction(fn: SqlFunction, args: readonly string[]): string {
    return `${fn}(${args.join(', ')})`;
  }

  protected abstract dateAdd(base: string, amount: string, unit: DateUnit): string;

  protected currentDate(): string {
    return 'current_date';
  }

  protected currentTimestamp(): string {
    return 'current_timestamp';
  }

  /** A finite number as SQL text; negative values parenthesised so `x - (-1)` stays valid. */
  protected numberLiteral(value: number): string {
    if (!Number.isFinite(value)) throw new RangeError(`number ${value} is not finite`);
    const text = String(value);
    return value < 0 || Object.is(value, -0) ? `(${text})` : text;
  }

  /** A string literal: single quotes doubled (ANSI). Dialects that treat backslash as an escape override. */
  protected stringLiteral(value: string): string {
    return `'${value.replaceAll("'", "''")}'`;
  }
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function binaryPrecedence(op: string): number {
  if (op === '+' || op === '-') return precedence.additive;
  if (op === '*' || op === '/') return precedence.multiplicative;
  if (op === '||') return precedence.concat;
  return precedence.predicate;
}

function nodePrecedence(node: ExprNode): number {
  switch (node.kind) {
    case 'binary':
      return binaryPrecedence(node.op);
    case 'and':
      return precedence.and;
    case 'or':
      return precedence.or;
    case 'not':
      return precedence.not;
    case 'negate':
      return precedence.negate;
    case 'inList':
    case 'between':
    case 'isNull':
    case 'like':
      return precedence.predicate;
    default: // dateAdd hooks return self-contained text, like calls
      return precedence.atom;
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
