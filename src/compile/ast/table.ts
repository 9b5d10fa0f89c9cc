/**
 * A table (or view) read by a SELECT, optionally schema-qualified and aliased.
 *
 * @example TableNode.create('input')                         // "input"
 * @example TableNode.create('stakeholders', 's', 'crm')      // "crm"."stakeholders" AS "s"
 */
import { freeze, hasKind } from './node.js';

export interface TableNode {
  readonly kind: 'table';
  readonly name: string;
  readonly alias?: string;
  readonly schema?: string;
}

export const TableNode = {
  is: (value: unknown): value is TableNode => hasKind(value, 'table'),
  create: (name: string, alias?: string, schema?: string): TableNode =>
    freeze({
      kind: 'table' as const,
      name,
      ...(alias === undefined ? {} : { alias }),
      ...(schema === undefined ? {} : { schema }),
    }),
};
