/**
 * A structural constant written into the SQL text: small integers the compiler itself needs (`THEN 1
 * ELSE 0`, `1 + x`), booleans and NULL. Never use it for data or model values: those are ParamNodes.
 * Only safe integers up to 1e6 in magnitude are accepted, so nothing user-supplied can hide here.
 *
 * @example LiteralNode.create(1)   // 1
 * @throws {RangeError} for a non-integer or out-of-range number
 */
import { freeze, hasKind } from './node.js';

export type LiteralValue = number | boolean | null;

export interface LiteralNode {
  readonly kind: 'literal';
  readonly value: LiteralValue;
}

export const LiteralNode = {
  is: (value: unknown): value is LiteralNode => hasKind(value, 'literal'),
  create: (value: LiteralValue): LiteralNode => {
    if (typeof value === 'number' && !(Number.isInteger(value) && Math.abs(value) <= 1e6)) {
      throw new RangeError(`literal ${value} is not a small integer; bind it as a parameter`);
    }
    return freeze({ kind: 'literal' as const, value });
  },
};
