/**
 * The planted truth of the demo market, written to D/truth/ and never read by the pipeline: the quadrant
 * of every treating account (hospitals, ASCs, vascular and cardiology clinics; other accounts have no
 * procedures and are not in the file) and the attitudinal segment of every stakeholder in the universe
 * (not only respondents, so projections can be scored too).
 */
import type { Accounts } from './accounts.js';
import { accountIdWidth } from './accounts-table.js';
import { quadrants, segments } from './catalog.js';
import { stakeholderIdWidth } from './stakeholders-table.js';
import type { Stakeholders } from './stakeholders.js';
import { enumColumn, idColumn, table, type Table } from './table.js';

export function accountsTruth(a: Accounts): Table {
  const ids: number[] = [];
  const quadrant: number[] = [];
  for (let i = 0; i < a.count; i++) {
    if (a.quadrant[i]! < 0) continue;
    ids.push(i + 1);
    quadrant.push(a.quadrant[i]!);
  }
  return table('accounts', ids.length, [
    idColumn('account_id', 'A', accountIdWidth, Int32Array.from(ids)),
    enumColumn('planted_quadrant', quadrants, Int16Array.from(quadrant)),
  ]);
}

export function segmentsTruth(s: Stakeholders): Table {
  return table('stakeholder_segments', s.count, [
    idColumn('stakeholder_id', 'S', stakeholderIdWidth, Int32Array.from({ length: s.count }, (_, i) => i + 1)),
    enumColumn('segment', segments, Int16Array.from(s.segment)),
  ]);
}
