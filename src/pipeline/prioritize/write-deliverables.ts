/**
 * The files a prioritization leaves for people: DIR/accounts.csv (account_id, score, quadrant, tier,
 * reason — the contract of ../shared/BRIEF.md — then opportunity, position, decile, calls_per_month),
 * DIR/systems.csv (the same for health systems), DIR/accounts.xlsx (accounts, systems, referral hubs and
 * the method) and DIR/matrix.svg (the opportunity matrix). Every file is written atomically and every text
 * cell passes the formula guard.
 */
import { join } from 'node:path';
import { accountsWorkbook, type Cell, type WorkbookTable } from '../../activation/matrix-chart/accounts-workbook.js';
import { renderMatrixSvg } from '../../activation/matrix-chart/render-matrix-svg.js';
import { atomicWrite } from '../../activation/atomic-write.js';
import { csvField } from '../../activation/formula-guard.js';
import { quadrantIds } from '../../core/score/quadrant.js';
import type { Workspace } from '../../data/workspace.js';
import { groupName, type Level, type Prioritization } from './prioritize-workspace.js';
import { round2 } from './write-scores.js';

const csvHeader = ['account_id', 'score', 'quadrant', 'tier', 'reason', 'opportunity', 'position', 'decile', 'calls_per_month'];

interface AccountInfo {
  readonly name: string | null;
  readonly type: string | null;
  readonly territory_id: string | null;
}

/** Writes the deliverables into `out`; returns the paths written. */
export async function writeDeliverables(ws: Workspace, p: Prioritization, out: string): Promise<string[]> {
  const files = { accounts: join(out, 'accounts.csv'), systems: join(out, 'systems.csv'), xlsx: join(out, 'accounts.xlsx'), svg: join(out, 'matrix.svg') };
  await atomicWrite(files.accounts, levelCsv(p, p.sites));
  const written = [files.accounts];
  if (p.systems) {
    await atomicWrite(files.systems, levelCsv(p, p.systems));
    written.push(files.systems);
  }
  const info = new Map((await ws.all<AccountInfo & { account_id: string } & Record<string, unknown>>('select account_id, name, type, territory_id from accounts')).map((r) => [r.account_id, r]));
  await atomicWrite(files.xlsx, await workbook(ws, p, info));
  const { placement, scores } = p.sites.result;
  // with cut points per type, the accounts placed by everyone's cuts are the small types
  const panel = (group: number): string => (group < 0 && placement.cuts.length > 1 ? 'other account types' : groupName(p.sites, group));
  const points = Array.from(p.sites.index, (a, k) => ({
    account_id: p.universe.accountIds[a] as string,
    group: panel(placement.cuts[placement.cutsOf[k] as number]?.group ?? -1),
    opportunity: round2(scores.opportunity[k] as number),
    position: round2(scores.position[k] as number),
    quadrant: quadrantIds[placement.quadrant[k] as number] as string,
  }));
  const cuts = placement.cuts.map((c) => ({ group: panel(c.group), opportunity: c.opportunityCut.threshold, position: c.positionCut.threshold }));
  await atomicWrite(files.svg, await renderMatrixSvg(points, cuts));
  written.push(files.xlsx, files.svg);
  return written;
}

/** One CSV line per account of the level, best score first (ties by id). */
export function levelCsv(p: Prioritization, lv: Level): string {
  const { scores, placement, reasons } = lv.result;
  const order = Array.from(lv.index, (_, k) => k).sort((x, y) => (scores.opportunity[y] as number) - (scores.opportunity[x] as number) || x - y);
  const lines = [csvHeader.join(',')];
  for (const k of order) {
    lines.push(
      [
        csvField(p.universe.accountIds[lv.index[k] as number]),
        round2(scores.opportunity[k] as number),
        quadrantIds[placement.quadrant[k] as number],
        placement.tier[k],
        csvField(reasons[k]),
        round2(scores.opportunity[k] as number),
        round2(scores.position[k] as number),
        placement.decile[k],
        placement.callsPerMonth[k],
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const partsHeader = ['volume', 'potential', 'growth', 'sales', 'share', 'affiliation', 'referral', 'kol', 'relationship'] as const;
type PartColumn = (typeof partsHeader)[number];
const partValue = (lv: Level, name: PartColumn, k: number): number => lv.parts[name][k] as number;
const formats = { score: '0.0', opportunity: '0.0', position: '0.0', volume: '#,##0', potential: '#,##0', growth: '0.0%', sales: '#,##0', share: '0.0%', affiliation: '0.00', referral: '0.00', kol: '0.00', relationship: '0.00', calls_per_month: '0.##' };

function levelTable(name: string, p: Prioritization, lv: Level, info: ReadonlyMap<string, AccountInfo>): WorkbookTable {
  const { scores, placement, reasons } = lv.result;
  const header = ['account_id', 'name', 'type', 'territory_id', 'score', 'quadrant', 'tier', 'decile', 'calls_per_month', 'reason', 'opportunity', 'position', ...partsHeader];
  const order = Array.from(lv.index, (_, k) => k).sort((x, y) => (scores.opportunity[y] as number) - (scores.opportunity[x] as number) || x - y);
  const rows = order.map((k): Cell[] => {
    const id = p.universe.accountIds[lv.index[k] as number] as string;
    const a = info.get(id);
    return [
      id, a?.name ?? null, a?.type ?? null, a?.territory_id ?? null,
      round2(scores.opportunity[k] as number), quadrantIds[placement.quadrant[k] as number] ?? null, placement.tier[k] ?? null,
      placement.decile[k] ?? null, placement.callsPerMonth[k] ?? null, reasons[k] ?? null,
      scores.opportunity[k] ?? null, scores.position[k] ?? null,
      ...partsHeader.map((h) => partValue(lv, h, k)),
    ];
  });
  return { name, header, rows, formats };
}

async function workbook(ws: Workspace, p: Prioritization, info: ReadonlyMap<string, AccountInfo>): Promise<Uint8Array> {
  const tables = [levelTable('Accounts', p, p.sites, info)];
  if (p.systems) tables.push(levelTable('Health systems', p, p.systems, info));
  const hubs = await ws.all<{ hub_rank: number; stakeholder_id: string; pagerank: number; account_id: string; shared_patients: number }>(
    `select hub_rank, stakeholder_id, pagerank, account_id, shared_patients from referral_hubs where run_id = $1
     order by hub_rank, shared_patients desc limit 5000`,
    [p.runId],
  );
  tables.push({
    name: 'Referral hubs',
    header: ['hub_rank', 'stakeholder_id', 'pagerank', 'account_fed', 'shared_patients'],
    rows: hubs.map((h) => [h.hub_rank, h.stakeholder_id, h.pagerank, h.account_id, h.shared_patients]),
    formats: { pagerank: '0.000000', shared_patients: '#,##0' },
  });
  return accountsWorkbook(tables, methodRows(p));
}

function methodRows(p: Prioritization): [string, Cell][] {
  const { report, spec } = p;
  return [
    ['run', p.runId],
    ['periods (current window)', report.periods.join(', ')],
    ['opportunity weights', JSON.stringify(spec.weights)],
    ['position weights', JSON.stringify(spec.position_weights)],
    ['cut-point method', `${spec.cut_points.method}, ${spec.cut_points.by === 'type' ? 'per account type' : 'one set for all accounts'}`],
    ...report.sites.cutPoints.map((c): [string, Cell] => [
      `cuts for ${c.group}`,
      `opportunity > ${round2(c.opportunity.threshold)}, position > ${round2(c.position.threshold)}; tier bounds ${c.tierBreaks.map(round2).join(', ')}; fitted on ${c.fittedOn}, placed ${c.placed}`,
    ]),
    ['tiers', `${spec.tiers.method}, ${spec.tiers.count}`],
    ['share taken over', report.shareOver === 'sales' ? 'all units sold (ours and competitors)' : 'procedure volume'],
    ['KOL mode', report.kolMode === 'phrma' ? 'phrma: no prescribing volume in influence (PhRMA Code)' : 'standard'],
    ...Object.entries(report.dataIssues).map(([key, value]): [string, Cell] => [`data issue: ${key}`, value]),
  ];
}
