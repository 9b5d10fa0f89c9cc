/**
 * Records a prioritization run in the workspace, in one transaction: the run (spec, summary), account
 * scores with every visible part (sites and health systems), stakeholder influence and priority, the
 * referral hubs and the accounts they feed, and the quadrant and tier of every account as memberships
 * (segmentation "opportunity"), so rules, call lists and "what changed" see them as tags with history.
 */
import { createHash } from 'node:crypto';
import { quadrantIds } from '../../core/score/quadrant.js';
import { recordMemberships, type MembershipRow } from '../../data/memberships.js';
import type { Workspace } from '../../data/workspace.js';
import { appendColumns, type AppendColumn } from './append-columns.js';
import type { Level, Prioritization } from './prioritize-workspace.js';

export const SEGMENTATION = 'opportunity';

export async function recordPrioritization(ws: Workspace, p: Prioritization, started: Date, seconds: number): Promise<void> {
  const stakeholderIds = (await ws.all<{ id: string }>('select stakeholder_id as id from pz_stakeholders order by ix')).map((r) => r.id);
  const unknownIds = (await ws.all<{ id: string }>('select id from pz_unknown order by ix')).map((r) => r.id);
  const nodeId = (v: number): string => (v < stakeholderIds.length ? (stakeholderIds[v] as string) : (unknownIds[v - stakeholderIds.length] ?? ''));
  await ws.transaction(async (tx) => {
    await tx.run(
      `insert into runs (run_id, kind, started_at, finished_at, status, spec_hash, params, summary)
       values ($1, 'prioritize', cast($2 as timestamp), cast($3 as timestamp), 'ok', $4, cast($5 as json), cast($6 as json))`,
      [p.runId, iso(started), iso(new Date(started.getTime() + seconds * 1000)), hash(p.spec), JSON.stringify(p.spec), JSON.stringify({ ...p.report, seconds })],
    );
    await appendAccounts(tx, p, p.sites, 'site');
    if (p.systems) await appendAccounts(tx, p, p.systems, 'system');
    await appendStakeholders(tx, p, stakeholderIds);
    await appendHubs(tx, p, nodeId);
    for (const [kind, segment] of [['quadrant', (lv: Level, k: number) => quadrantIds[lv.result.placement.quadrant[k] as number] ?? ''], ['tier', (lv: Level, k: number) => lv.result.placement.tier[k] ?? 0]] as const) {
      await recordMemberships(tx, { kind, segmentation: SEGMENTATION, runId: p.runId, at: started, rows: membershipRows(p, segment) });
    }
  });
}

const iso = (d: Date): string => d.toISOString().slice(0, 23).replace('T', ' ');
const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function* membershipRows(p: Prioritization, segment: (lv: Level, k: number) => string | number): Generator<MembershipRow> {
  for (const lv of [p.sites, p.systems]) {
    if (!lv) continue;
    for (let k = 0; k < lv.index.length; k++) {
      yield { entityKind: 'account', entityId: p.universe.accountIds[lv.index[k] as number] as string, segment: segment(lv, k) };
    }
  }
}

async function appendAccounts(ws: Workspace, p: Prioritization, lv: Level, levelName: 'site' | 'system'): Promise<void> {
  const { parts, facts, result } = lv;
  const { scores, placement, reasons } = result;
  const ids = p.universe.accountIds;
  const account = (k: number): number => lv.index[k] as number;
  const systemOf = (k: number): string | null => {
    const s = p.assembled.system[account(k)] as number;
    return s >= 0 && s !== account(k) ? (ids[s] as string) : null;
  };
  const d = (a: ArrayLike<number>): AppendColumn => ({ kind: 'double', get: (k) => a[k] });
  const i = (a: ArrayLike<number>): AppendColumn => ({ kind: 'integer', get: (k) => a[k] });
  const columns: AppendColumn[] = [
    { kind: 'varchar', get: () => p.runId },
    { kind: 'varchar', get: (k) => ids[account(k)] },
    { kind: 'varchar', get: () => levelName },
    { kind: 'varchar', get: systemOf },
    { kind: 'double', get: (k) => round2(scores.opportunity[k] as number) },
    d(scores.opportunity),
    d(scores.position),
    { kind: 'varchar', get: (k) => quadrantIds[placement.quadrant[k] as number] },
    i(placement.tier),
    i(placement.decile),
    d(placement.callsPerMonth),
    { kind: 'varchar', get: (k) => reasons[k] },
    d(parts.volume),
    d(parts.potential),
    d(parts.growth),
    d(parts.sales),
    d(parts.share),
    d(parts.affiliation),
    d(parts.referral),
    d(parts.kol),
    d(parts.relationship),
    { kind: 'boolean', get: (k) => parts.hasVolume[k] === 1 },
    i(facts.referringAccounts),
    i(facts.affiliatedReferrers),
    i(facts.hubsFeeding),
    i(facts.kolCount),
  ];
  await appendColumns(ws, 'account_scores', lv.index.length, columns);
}

async function appendStakeholders(ws: Workspace, p: Prioritization, stakeholderIds: readonly string[]): Promise<void> {
  const { graph, pagerank, hubs } = p.assembled.influence;
  const hubSet = new Set(hubs);
  const s = p.stakeholders;
  const accountOf = (k: number): string | null => {
    const a = p.universe.stakeholderAccount[k] as number;
    return a >= 0 ? (p.universe.accountIds[a] as string) : null;
  };
  await appendColumns(ws, 'stakeholder_scores', stakeholderIds.length, [
    { kind: 'varchar', get: () => p.runId },
    { kind: 'varchar', get: (k) => stakeholderIds[k] },
    { kind: 'varchar', get: accountOf },
    { kind: 'double', get: (k) => pagerank[k] },
    { kind: 'double', get: (k) => graph.inStrength[k] },
    { kind: 'double', get: (k) => graph.outStrength[k] },
    { kind: 'double', get: (k) => p.assembled.kolIndex[k] },
    { kind: 'double', get: (k) => s.influence[k] },
    { kind: 'boolean', get: (k) => hubSet.has(k) },
    { kind: 'double', get: (k) => round2(s.score[k] as number) },
    { kind: 'integer', get: (k) => s.rankInAccount[k] },
  ]);
}

async function appendHubs(ws: Workspace, p: Prioritization, nodeId: (v: number) => string): Promise<void> {
  const { feeds, hubs, pagerank } = p.assembled.influence;
  const rank = new Map<number, number>();
  hubs.forEach((h, r) => rank.set(h, r + 1));
  await appendColumns(ws, 'referral_hubs', feeds.hub.length, [
    { kind: 'varchar', get: () => p.runId },
    { kind: 'integer', get: (k) => rank.get(feeds.hub[k] as number) },
    { kind: 'varchar', get: (k) => nodeId(feeds.hub[k] as number) },
    { kind: 'double', get: (k) => pagerank[feeds.hub[k] as number] },
    { kind: 'varchar', get: (k) => p.universe.accountIds[feeds.account[k] as number] },
    { kind: 'double', get: (k) => feeds.weight[k] },
  ]);
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;
