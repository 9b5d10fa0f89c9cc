/**
 * The current timestamp of the engine (CURRENT_TIMESTAMP, current_timestamp()).
 *
 * @example CurrentTimestampNode.create()   // current_timestamp
 */
import { freeze, hasKind } from './node.js';

export interface CurrentTimestampNode {
  readonly kind: 'currentTimestamp';
}

export const CurrentTimestampNode = {
  is: (value: unknown): value is CurrentTimestampNode => hasKind(value, 'currentTimestamp'),
  create: (): CurrentTimestampNode => freeze({ kind: 'currentTimestamp' as const }),
};
