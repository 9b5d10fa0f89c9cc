/**
 * Procedure and diagnosis volumes of the demo market, by code and quarter, for treating accounts and for
 * the interventional physicians who work there. An account's quarterly interventions follow its planted
 * size and trend; each code takes its share, and the IVUS add-on code appears at only 30% of what is done
 * because it is not paid separately (the under-reported code). Diagnosed PAD patients (I70.2) per account
 * carry the untreated potential. Physicians split their account's volume by a weight their segment
 * raises or lowers (the IVUS add-on is recorded for accounts only). Zero counts are absent; counts of 1–10 are suppressed as CMS does: the count is
 * blank (the importer flags a blank count as suppressed, never as zero).
 *
 * Complexity: O((accounts + proceduralists) · codes · quarters).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import { accountIdWidth } from './accounts-table.js';
import { quartersShown, type Calendar } from './calendar.js';
import { diagnosisCode, procedureCodes, sources, suppressionThreshold } from './catalog.js';
import { GrowableFloat64, GrowableInt16, GrowableInt32, GrowableUint8 } from './growable.js';
import { logNormal, poisson } from './sampling.js';
import { stakeholderIdWidth } from './stakeholders-table.js';
import type { Stakeholders } from './stakeholders.js';
import { constantDate, constantEnum, enumColumn, intColumn, mixedIdColumn, table, type Table } from './table.js';

const codes = [...procedureCodes.map((c) => c.code), diagnosisCode];
const diagnosisIndex = procedureCodes.length;

interface VolumeRows {
  readonly kind: GrowableUint8;
  readonly id: GrowableInt32;
  readonly code: GrowableInt16;
  readonly period: GrowableInt16;
  readonly count: GrowableFloat64;
}

/** `perQuarter` is `quarterlyProcedures(…)`, shared with the sales table so both tell one story. */
export function volumesTable(rng: Rng, s: Stakeholders, a: Accounts, cal: Calendar, perQuarter: Float64Array): Table {
  const rows: VolumeRows = {
    kind: new GrowableUint8(),
    id: new GrowableInt32(),
    code: new GrowableInt16(),
    period: new GrowableInt16(),
    count: new GrowableFloat64(),
  };
  const push = (kind: number, id: number, code: number, period: number, count: number): void => {
    if (count <= 0) return;
    rows.kind.push(kind);
    rows.id.push(id);
    rows.code.push(code);
    rows.period.push(period);
    rows.count.push(count);
  };

  for (let i = 0; i < a.count; i++) {
    if (a.procedures[i]! <= 0) continue;
    for (let q = 0; q < quartersShown; q++) {
      const done = perQuarter[i * quartersShown + q]!;
      procedureCodes.forEach((c, k) => push(0, i + 1, k, q, poisson(rng, done * c.share * c.reportedRate)));
      push(0, i + 1, diagnosisIndex, q, poisson(rng, done * a.diagnosedPerTreated[i]!));
    }
  }

  const weightAtAccount = new Float64Array(a.count);
  for (let i = 0; i < s.count; i++) weightAtAccount[s.account[i]!]! += s.volumeWeight[i]!;
  for (let i = 0; i < s.count; i++) {
    const w = s.volumeWeight[i]!;
    const account = s.account[i]!;
    if (w <= 0 || a.procedures[account]! <= 0) continue;
    const fraction = w / weightAtAccount[account]!;
    for (let q = 0; q < quartersShown; q++) {
      const done = perQuarter[account * quartersShown + q]! * fraction;
      procedureCodes.forEach((c, k) => {
        // an add-on that is not paid separately is too rare per physician to show at all
        if (c.reportedRate === 1) push(1, i + 1, k, q, poisson(rng, done * c.share));
      });
    }
  }

  const count = rows.count.finish();
  const n = count.length;
  for (let r = 0; r < n; r++) if (count[r]! < suppressionThreshold) count[r] = Number.NaN;
  const kind = rows.kind.finish();
  return table('volumes', n, [
    mixedIdColumn('entity_id', ['A', 'S'], [accountIdWidth, stakeholderIdWidth], kind, rows.id.finish()),
    enumColumn('entity_kind', ['account', 'stakeholder'], Int16Array.from(kind)),
    enumColumn('code', codes, rows.code.finish()),
    enumColumn('period', cal.periods, rows.period.finish()),
    intColumn('count', count),
    constantEnum('source', sources.claims, n),
    constantDate('last_verified', cal.asOfDay - 45, n),
  ]);
}

/** Interventions per account and quarter (row-major, accounts × quarters), shared with the sales table. */
export function quarterlyProcedures(rng: Rng, a: Accounts): Float64Array {
  const out = new Float64Array(a.count * quartersShown);
  for (let i = 0; i < a.count; i++) {
    if (a.procedures[i]! <= 0) continue;
    for (let q = 0; q < quartersShown; q++) {
      out[i * quartersShown + q] = a.procedures[i]! * Math.pow(a.trend[i]!, q - (quartersShown - 1)) * logNormal(rng, 0, 0.08);
    }
  }
  return out;
}
