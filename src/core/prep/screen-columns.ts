/**
 * Drops columns that cannot separate segments before anything is fitted: no observed value at all,
 * a numeric column with one distinct value, or a categorical column with one level in use. Each drop is
 * reported with its reason (and warned through the logger), never silently.
 *
 * Complexity O(n p).
 *
 * @example screenColumns([numericColumn('a', [1, 1]), numericColumn('b', [1, 2])]).dropped
 * // [{ name: 'a', reason: 'constant' }]
 */
import type { Logger } from '../../lib/logger.js';
import { silentLogger } from '../../lib/logger.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { PrepColumn } from './prep-column.js';

export type DropReason = 'all-missing' | 'constant' | 'one-level';

export interface DroppedColumn {
  readonly name: string;
  readonly reason: DropReason;
}

export interface Screened {
  readonly kept: PrepColumn[];
  readonly dropped: DroppedColumn[];
}

export function screenColumns(columns: readonly PrepColumn[], logger: Logger = silentLogger): Screened {
  const kept: PrepColumn[] = [];
  const dropped: DroppedColumn[] = [];
  for (const column of columns) {
    const reason = dropReason(column);
    if (reason === undefined) {
      kept.push(column);
      continue;
    }
    dropped.push({ name: column.name, reason });
    const message = reason === 'all-missing' ? clusterMessages.allMissingColumn(column.name)
      : reason === 'constant' ? clusterMessages.constantColumn(column.name)
        : clusterMessages.oneLevelItem(column.name);
    logger.warn(`column-${reason}`, message);
  }
  return { kept, dropped };
}

function dropReason(column: PrepColumn): DropReason | undefined {
  const seen = new Set<number>();
  if (column.kind === 'numeric') {
    for (const v of column.values) if (!Number.isNaN(v)) seen.add(v);
    return seen.size === 0 ? 'all-missing' : seen.size === 1 ? 'constant' : undefined;
  }
  for (const c of column.codes) if (c >= 0) seen.add(c);
  return seen.size === 0 ? 'all-missing' : seen.size === 1 ? 'one-level' : undefined;
}
