/**
 * A value bound as a parameter: the compiler appends it to the parameter list and writes the dialect's
 * placeholder ($1, ?, :p1). With `type`, the placeholder is wrapped in a CAST so engines that infer
 * parameter types from context (PostgreSQL) read numbers as doubles and strings as dates exactly.
 * Dates travel as ISO strings ('2024-06-30') with type 'date'.
 *
 * @example ParamNode.create(0.25, 'double')   // CAST($1 AS DOUBLE PRECISION) on postgres, parameters [0.25]
 * @throws {RangeError} for a non-finite number (NaN or Infinity have no portable SQL value)
 */
import { freeze, hasKind, type SqlType, type SqlValue } from './node.js';

export interface ParamNode {
  readonly kind: 'param';
  readonly value: SqlValue;
  readonly type?: SqlType;
}

export const ParamNode = {
  is: (value: unknown): value is ParamNode => hasKind(value, 'param'),
  create: (value: SqlValue, type?: SqlType): ParamNode => {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`parameter value ${value} is not finite`);
    return freeze(type === undefined ? { kind: 'param' as const, value } : { kind: 'param' as const, value, type });
  },
};
