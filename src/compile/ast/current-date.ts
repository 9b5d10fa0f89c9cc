/**
 * Today's date in the engine's session time zone (CURRENT_DATE, current_date(), CURRENT_DATE()).
 *
 * @example CurrentDateNode.create()   // current_date
 */
import { freeze, hasKind } from './node.js';

export interface CurrentDateNode {
  readonly kind: 'currentDate';
}

export const CurrentDateNode = {
  is: (value: unknown): value is CurrentDateNode => hasKind(value, 'currentDate'),
  create: (): CurrentDateNode => freeze({ kind: 'currentDate' as const }),
};
