/**
 * A column reference, optionally qualified by a table alias. The name is an identifier: dialects pass it
 * through the one sanitizer (../dialect/identifier.ts), which rejects anything that is not a plain name.
 *
 * @example ColumnNode.create('specialty')          // "specialty"
 * @example ColumnNode.create('ts', 'e')            // "e"."ts"
 */
import { freeze, hasKind } from './node.js';

export interface ColumnNode {
  readonly kind: 'column';
  readonly name: string;
  readonly table?: string;
}

export const ColumnNode = {
  is: (value: unknown): value is ColumnNode => hasKind(value, 'column'),
  create: (name: string, table?: string): ColumnNode =>
    freeze(table === undefined ? { kind: 'column' as const, name } : { kind: 'column' as const, name, table }),
};
