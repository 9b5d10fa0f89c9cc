/**
 * A call to one of the portable scalar functions. The name comes from a closed list so a dialect can map
 * each one (Spark has no `ln` quirk, Snowflake's GREATEST returns NULL on any NULL argument — callers that
 * care wrap arguments in coalesce).
 *
 * @example CallNode.create('exp', [ColumnNode.create('z')])   // exp("z")
 * @throws {RangeError} when the argument count does not fit the function
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export type SqlFunction = 'exp' | 'ln' | 'sqrt' | 'abs' | 'greatest' | 'least' | 'coalesce' | 'lower' | 'upper' | 'length';

/** Minimum and maximum argument counts per function (Infinity = variadic). */
export const functionArity: Readonly<Record<SqlFunction, readonly [number, number]>> = {
  exp: [1, 1],
  ln: [1, 1],
  sqrt: [1, 1],
  abs: [1, 1],
  greatest: [1, Infinity],
  least: [1, Infinity],
  coalesce: [1, Infinity],
  lower: [1, 1],
  upper: [1, 1],
  length: [1, 1],
};

export interface CallNode {
  readonly kind: 'call';
  readonly fn: SqlFunction;
  readonly args: readonly ExprNode[];
}

export const CallNode = {
  is: (value: unknown): value is CallNode => hasKind(value, 'call'),
  create: (fn: SqlFunction, args: readonly ExprNode[]): CallNode => {
    const [min, max] = functionArity[fn];
    if (args.length < min || args.length > max) throw new RangeError(`${fn} takes ${min}..${max} arguments, got ${args.length}`);
    return freeze({ kind: 'call' as const, fn, args: Object.freeze([...args]) });
  },
};
