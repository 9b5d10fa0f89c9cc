/**
 * The demo's deliberately bad rows, so the first thing a user sees is a reject report that works: nine
 * rows, each breaking one rule the importer enforces, placed at random among the good ones. Each is a copy
 * of a real row with one cell broken, and none is referenced by another table, so rejecting it rejects
 * nothing else:
 *   - accounts: 1 extra account whose last_verified has a typo'd year (2205)
 *   - stakeholders: 3 extra physicians whose NPI check digit is wrong
 *   - referrals: 2 edges to a stakeholder nobody knows
 *   - volumes: 1 negative count
 *   - survey_responses: 2 answers of 9 on a 1–5 item
 * The list returned says where each landed (row as a spreadsheet shows the CSV: header = 1).
 */
import type { Rng } from '../../../core/random/rng.js';
import { dayOf } from './calendar.js';
import { insertRows, type RowInsert } from './insert-rows.js';
import { corruptNpi, demoNpi } from './npi.js';
import { column, type Table } from './table.js';

export interface PlantedReject {
  readonly table: string;
  /** Row number as the import report gives it: the header is row 1, the first data row 2. */
  readonly row: number;
  readonly column: string;
  readonly reason: string;
}

interface Plan {
  readonly column: string;
  readonly reason: string;
  readonly inserts: RowInsert[];
}

export function plantBadRows(rng: Rng, tables: readonly Table[]): { sources: readonly Table[]; plantedRejects: readonly PlantedReject[] } {
  const planted: PlantedReject[] = [];
  const sources = tables.map((t) => {
    const plan = planFor(rng, t);
    if (!plan) return t;
    const { table, positions } = insertRows(t, plan.inserts);
    for (const at of positions) planted.push({ table: t.name, row: at + 2, column: plan.column, reason: plan.reason });
    return table;
  });
  return { sources, plantedRejects: planted.sort((x, y) => x.table.localeCompare(y.table) || x.row - y.row) };
}

const somewhere = (rng: Rng, t: Table): number => 1 + rng.int(t.rows - 1);

function planFor(rng: Rng, t: Table): Plan | undefined {
  const rows = (n: number, set: (k: number) => Record<string, string | number | null>, template: () => number = () => rng.int(t.rows)): RowInsert[] =>
    Array.from({ length: n }, (_, k) => ({ before: somewhere(rng, t), template: template(), set: set(k) }));
  switch (t.name) {
    case 'accounts':
      return {
        column: 'last_verified',
        reason: 'impossible date',
        inserts: rows(1, () => ({ account_id: t.rows + 1, last_verified: dayOf('2205-03-14') })),
      };
    case 'stakeholders': {
      const npi = column(t, 'npi');
      if (npi.kind !== 'text') return undefined;
      const withNpi = (): number => {
        for (;;) {
          const i = rng.int(t.rows);
          if (npi.values[i]) return i;
        }
      };
      return {
        column: 'npi',
        reason: 'npi check digit',
        inserts: rows(3, (k) => ({ stakeholder_id: t.rows + 1 + k, npi: corruptNpi(demoNpi(t.rows + k, 7)) }), withNpi),
      };
    }
    case 'referrals':
      return { column: 'to_id', reason: 'unknown stakeholder', inserts: rows(2, (k) => ({ to_id: 9_000_000 + k })) };
    case 'volumes':
      return { column: 'count', reason: 'negative count', inserts: rows(1, () => ({ count: -3 })) };
    case 'survey_responses': {
      const question = column(t, 'question_id');
      if (question.kind !== 'enum') return undefined;
      const fivePoint = question.labels.findIndex((q) => q.startsWith('barrier_'));
      return { column: 'value', reason: 'out of scale', inserts: rows(2, () => ({ question_id: fivePoint, value: 9 })) };
    }
    default:
      return undefined;
  }
}
