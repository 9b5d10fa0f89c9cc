/**
 * Engagement events of the demo market over the two years before as-of: e-mail opens and clicks (only
 * with e-mail consent), webinars, rep visits, meetings and proposals (scaled by the account relationship),
 * demo requests and conference booth visits. Each planted segment has its own channel mix and favourite
 * content (innovators: evidence and technique; guardians: cost and VAC dossiers; pragmatists: integration,
 * training and demos; traditionalists: rep visits and brand content), which is what lets secondary data
 * project the segments.
 *
 * Complexity: O(stakeholders + events).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import { accountIdWidth } from './accounts-table.js';
import type { Calendar } from './calendar.js';
import { assets, channels, eventTypes, sources } from './catalog.js';
import { GrowableFloat64, GrowableInt16, GrowableInt32 } from './growable.js';
import { chance, poisson } from './sampling.js';
import { stakeholderIdWidth } from './stakeholders-table.js';
import type { Stakeholders } from './stakeholders.js';
import { constantDate, enumColumn, idColumn, table, timestampColumn, type Table } from './table.js';

/** Overall events per person: keeps the table near three events per stakeholder. */
const intensity = 0.4;

/** Mean events over two years by event type (rows, `eventTypes` order) and segment (columns). */
const rates: readonly (readonly number[])[] = [
  [3, 4, 3, 1.5], // e-mail open
  [0.35, 0.3, 0.3, 0.15], // click: share of opens
  [1, 0.7, 1.4, 0.2], // webinar registration
  [0.6, 0.6, 0.6, 0.6], // attended: share of registrations
  [0.9, 0.5, 1, 2.6], // rep visit
  [0.25, 0.35, 0.25, 0.5], // meeting set
  [0.02, 0.2, 0.03, 0.04], // proposal requested
  [0.3, 0.15, 0.8, 0.08], // demo request
  [1.3, 0.08, 0.15, 0.35], // conference booth visit
];
const fieldTypes = new Set([4, 5, 6]);

/** Favourite assets by segment (indices into `assets`). */
const favouriteAssets: readonly (readonly number[])[] = [
  [2, 3, 0],
  [4, 5, 9],
  [6, 7, 8],
  [1, 9, 0],
];

export function engagementTable(rng: Rng, s: Stakeholders, a: Accounts, consentEmail: Uint8Array, cal: Calendar): Table {
  const who = new GrowableInt32();
  const type = new GrowableInt16();
  const asset = new GrowableInt16();
  const ts = new GrowableFloat64();
  const windowStart = cal.asOfDay - 730;
  const push = (i: number, t: number, seg: number): void => {
    who.push(i);
    type.push(t);
    asset.push(t === 4 || t === 5 || t === 8 ? -1 : t === 6 ? 5 : chooseAsset(rng, seg));
    const day = windowStart + rng.int(730);
    ts.push(day * 86_400 + 8 * 3600 + rng.int(10 * 3600));
  };

  for (let i = 0; i < s.count; i++) {
    const seg = s.segment[i]!;
    const relationship = a.relationship[s.account[i]!]!;
    for (let t = 0; t < rates.length; t++) {
      if (t === 1 || t === 3) continue; // follow-ups of opens and registrations, drawn with them
      let mean = rates[t]![seg]! * intensity * (fieldTypes.has(t) ? relationship : 1);
      if (t === 0 && !consentEmail[i]) mean = 0;
      const n = poisson(rng, mean);
      for (let e = 0; e < n; e++) {
        push(i, t, seg);
        if ((t === 0 || t === 2) && chance(rng, rates[t + 1]![seg]!)) push(i, t + 1, seg);
      }
    }
  }

  const rows = ts.length;
  const types = type.finish();
  const stakeholder = who.finish();
  return table('engagement_events', rows, [
    idColumn('event_id', 'E', 8, Int32Array.from({ length: rows }, (_, r) => r + 1)),
    idColumn('stakeholder_id', 'S', stakeholderIdWidth, Int32Array.from(stakeholder, (i) => i + 1)),
    idColumn('account_id', 'A', accountIdWidth, Int32Array.from(stakeholder, (i) => s.account[i]! + 1)),
    enumColumn('channel', channels, Int16Array.from(types, (t) => eventTypes[t]!.channel)),
    enumColumn(
      'type',
      eventTypes.map((e) => e.type),
      types,
    ),
    enumColumn(
      'asset',
      assets.map((x) => x.asset),
      asset.finish(),
    ),
    timestampColumn('ts', ts.finish()),
    enumColumn('source', [sources.marketing, sources.crm], Int16Array.from(types, (t) => (fieldTypes.has(t) ? 1 : 0))),
    constantDate('last_verified', cal.asOfDay - 3, rows),
  ]);
}

function chooseAsset(rng: Rng, segment: number): number {
  if (chance(rng, 0.7)) {
    const favourites = favouriteAssets[segment]!;
    return favourites[rng.int(favourites.length)]!;
  }
  return rng.int(assets.length);
}
