/**
 * On the small demo market, the demo's prioritize stage finds the planted growth and expansion accounts
 * (issue 5: precision and recall of 0.7 or better each). The stage writes D/out/accounts.csv without ever
 * reading D/truth; this test alone compares the two. Also checked: the other cut-point methods stay usable.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoContext } from '../../src/pipeline/demo/context.js';
import { demoPrioritization, prioritizeAccountsStage } from '../../src/pipeline/demo/prioritize-accounts.js';
import { prioritize } from '../../src/pipeline/prioritize/prioritize-workspace.js';
import { quadrantIds } from '../../src/core/score/quadrant.js';
import { silentLogger } from '../../src/lib/logger.js';
import { noProgress } from '../../src/lib/progress.js';
import { PrioritizationSpec } from '../../src/spec/prioritization.js';
import { demoMarket, precisionRecall, type DemoMarket } from './demo-market.js';

let market: DemoMarket;

before(async () => {
  market = await demoMarket('small', 42);
});

after(() => {
  market.ws.close();
  rmSync(market.dir, { recursive: true, force: true });
});

test('the demo stage finds the planted growth and expansion accounts (precision and recall >= 0.7)', async () => {
  const ctx: DemoContext = {
    dir: market.dir,
    outDir: join(market.dir, 'out'),
    truthDir: join(market.dir, 'truth'),
    size: 'small',
    seed: 42,
    workspace: market.ws,
    progress: noProgress,
    logger: silentLogger,
    summary: new Map(),
  };
  await prioritizeAccountsStage.run(ctx);
  const lines = readFileSync(join(ctx.outDir, 'accounts.csv'), 'utf8').trim().split('\n');
  assert.equal(lines[0], 'account_id,score,quadrant,tier,reason,opportunity,position,decile,calls_per_month');
  const predicted = new Map(lines.slice(1).map((line) => line.split(',').slice(0, 3)).map(([id, , q]) => [id as string, q as string]));
  for (const quadrant of ['growth', 'expansion']) {
    const pr = precisionRecall(predicted, market.truth, quadrant);
    console.log(`small demo, seed 42, ${quadrant}: precision ${pr.precision.toFixed(3)}, recall ${pr.recall.toFixed(3)} (${pr.predicted} placed, ${pr.planted} planted)`);
    assert.ok(pr.precision >= 0.7 && pr.recall >= 0.7, `${quadrant}: ${JSON.stringify(pr)}`);
  }
  assert.ok((ctx.summary.get('prioritize accounts') ?? []).some((l) => /sites placed/.test(l)));
});

test('mixture and quantile cut points also recover the planted structure', async () => {
  for (const method of ['mixture', 'quantile'] as const) {
    const spec = PrioritizationSpec.parse({ ...demoPrioritization, cut_points: { method } });
    const p = await prioritize(market.ws, spec);
    const predicted = new Map(Array.from(p.sites.index, (a, k) => [p.universe.accountIds[a] as string, quadrantIds[p.sites.result.placement.quadrant[k] as number] as string]));
    for (const quadrant of ['growth', 'expansion']) {
      const pr = precisionRecall(predicted, market.truth, quadrant);
      console.log(`small demo, ${method} cuts, ${quadrant}: precision ${pr.precision.toFixed(3)}, recall ${pr.recall.toFixed(3)}`);
      assert.ok(pr.precision >= 0.6 && pr.recall >= 0.6, `${method} ${quadrant}: ${JSON.stringify(pr)}`);
    }
  }
});
