/**
 * Helpers of the profile/persona/report end-to-end suites: run the CLI as a user would, and build a
 * small but realistic workspace (accounts, stakeholders, a weighted survey, engagement) with planted
 * segment differences, so the demo stage and `segmap report` can be exercised without the generator.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../../src/core/random/rng.js';
import type { DuckDBValue } from '@duckdb/node-api';
import { openWorkspace, type Workspace } from '../../src/data/workspace.js';
import { repoRoot } from '../support/shared-data.js';

export function segmap(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
    encoding: 'utf8',
    cwd: repoRoot,
    env: { ...process.env, TZ: 'UTC', SEGMAP_USER: 'tester' },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Multi-row inserts with parameters, 200 rows a statement (`extra` is appended inside each tuple). */
async function insertRows(ws: Workspace, head: string, rows: readonly (readonly unknown[])[], extra = ''): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    const chunk = rows.slice(start, start + 200);
    const params: DuckDBValue[] = [];
    const tuples = chunk.map((row) => `(${row.map((v) => {
      params.push(v as DuckDBValue);
      return `$${params.length}`;
    }).join(', ')}${extra})`);
    await ws.run(`${head} ${tuples.join(', ')}`, params);
  }
}

export const plantedSegments = ['Evidence seekers', 'Cost guardians', 'Workflow pragmatists', 'Loyalists'] as const;

/**
 * A workspace in `dir` with 4 planted segments of 60–120 respondents: item means, roles and engagement
 * differ by segment; survey weights vary. Writes D/out/survey-segments.csv (respondent_id, segment,
 * probability) as the segmentation stage would.
 */
export async function plantedWorkspace(dir: string, seed = 3): Promise<void> {
  const rng = createRng(seed);
  const ws = await openWorkspace(dir, { create: true });
  const sizes = [120, 90, 100, 60];
  const items: readonly [string, string, string, readonly number[]][] = [
    ['need_evidence', 'needs', 'When choosing a device, how important is strong clinical evidence', [6, 3, 4, 4]],
    ['need_cost', 'needs', 'When choosing a device, how important is the lowest total cost', [3, 6, 4, 4]],
    ['need_ease', 'needs', 'When choosing a device, how important is ease of use', [4, 4, 6, 4]],
    ['barrier_budget', 'barriers', 'How much does this hold back adoption: budget constraints', [2, 4.5, 3, 3]],
    ['barrier_switching', 'barriers', 'How much does this hold back adoption: the effort of switching', [2, 3, 3, 4.5]],
    ['info_journals', 'information_sources', 'How often do you rely on peer-reviewed journals', [4.5, 2, 2.5, 3]],
    ['rep_visits', 'rep_involvement', 'Sales representatives: their visits are a good use of my time', [2.5, 2.5, 3.5, 4.5]],
  ];
  const roles = [['physician', 0.8], ['procurement', 0.6], ['nurse', 0.7], ['physician', 0.5]] as const;
  await ws.run("insert into accounts (account_id, name, type, beds, has_vac) values ('A1', 'General', 'hospital', 400, true), ('A2', 'Clinic', 'asc', null, false)");
  for (const [id, battery, text] of items) await ws.run("insert into survey_questions (question_id, text, type, battery, scale_min, scale_max) values ($1, $2, 'likert', $3, 1, 7)", [id, text, battery]);
  const segmentsCsv = ['respondent_id,segment,probability'];
  const stakeholders: unknown[][] = [];
  const respondents: unknown[][] = [];
  const responses: unknown[][] = [];
  const events: unknown[][] = [];
  let n = 0;
  for (const [g, size] of sizes.entries()) {
    for (let i = 0; i < size; i++) {
      n++;
      const sid = `S${String(n).padStart(4, '0')}`;
      const rid = `R${String(n).padStart(4, '0')}`;
      const [mainRole, p] = roles[g] ?? ['physician', 0.5];
      const role = rng.next() < p ? mainRole : 'administrator';
      stakeholders.push([sid, `Person ${n}`, role, role === 'physician' ? (g === 0 ? 'cardiology' : 'internal_medicine') : null, rng.next() < 0.6 ? 'A1' : 'A2']);
      respondents.push([rid, sid, 0.6 + rng.next() * 0.8]);
      for (const [qid, , , means] of items) responses.push([rid, qid, Math.max(1, Math.min(7, Math.round((means[g] ?? 4) + rng.normal())))]);
      const webinars = (g === 2 ? 3 : g === 0 ? 1 : 0) + (rng.next() < 0.5 ? 1 : 0);
      for (let e = 0; e < webinars; e++) events.push([`E${n}-${e}`, sid]);
      segmentsCsv.push(`${rid},${plantedSegments[g] ?? 'x'},0.9`);
    }
  }
  await insertRows(ws, 'insert into stakeholders (stakeholder_id, name, role, specialty, account_id) values', stakeholders);
  await insertRows(ws, 'insert into survey_respondents (respondent_id, stakeholder_id, weight) values', respondents);
  await insertRows(ws, 'insert into survey_responses (respondent_id, question_id, value) values', responses);
  await insertRows(ws, "insert into engagement_events (event_id, stakeholder_id, channel, type) values", events, ", 'webinar', 'attended'");
  ws.close();
  mkdirSync(join(dir, 'out'), { recursive: true });
  writeFileSync(join(dir, 'out', 'survey-segments.csv'), `${segmentsCsv.join('\n')}\n`);
}
