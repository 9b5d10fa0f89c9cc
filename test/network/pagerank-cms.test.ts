/**
 * PageRank and strengths equal networkx's on two referral-like graphs built from real CMS data
 * (../shared/data): Maine clinicians sharing a ZIP code, and hospitals sharing a county. The graph rules
 * are those of test/reference/network/make.py (repeated here in SQL); the expected values are its
 * networkx 2.8.8 output in test/reference/network/pagerank.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryWorkspace } from '../../src/data/workspace.js';
import { buildDirectedGraph } from '../../src/core/network/directed-graph.js';
import { pagerank } from '../../src/core/network/pagerank.js';
import { repoRoot, sharedData } from '../support/shared-data.js';

interface Fixture {
  readonly nodes: number;
  readonly edges: number;
  readonly dangling: number;
  readonly iterations: number;
  readonly expected: Record<string, [number, number, number]>;
}
const fixtures = JSON.parse(readFileSync(join(repoRoot, 'test', 'reference', 'network', 'pagerank.json'), 'utf8')) as Record<string, Fixture>;

const clinicians = sharedData('cms-doctors-clinicians-maine', 'dac_maine_clinicians.csv');
const hospitals = sharedData('cms-hospital-general-information', 'Hospital_General_Information.csv');

const clinicianEdges = `
  with c as (select "NPI" as npi, "Primary Specialty" as spec, "ZIP5" as zip from read_csv($1, all_varchar = true))
  select a.npi as u, b.npi as v, 1 + ((a.npi::bigint % 97) * (b.npi::bigint % 89)) % 10 as w
  from c a join c b on a.zip = b.zip and a.spec <> b.spec and a.npi <> b.npi
  where a.spec in ('NURSE PRACTITIONER', 'PHYSICIAN ASSISTANT', 'FAMILY PRACTICE', 'INTERNAL MEDICINE', 'GENERAL PRACTICE')`;

const hospitalEdges = `
  with h as (select "Facility ID" as id, "Hospital Type" as kind, "State" as st, "County/Parish" as county,
                    "Count of Facility TE Measures" as te from read_csv($1, all_varchar = true))
  select a.id as u, b.id as v, case when b.te = 'Not Available' then 0 else b.te::int end as w
  from h a join h b on a.st = b.st and a.county = b.county
  where (a.kind = 'Critical Access Hospitals' and b.kind = 'Acute Care Hospitals')
     or (a.kind = 'Acute Care Hospitals' and b.kind = 'Acute Care Hospitals' and a.id < b.id)`;

async function check(name: string, file: string, sql: string): Promise<void> {
  const fx = fixtures[name];
  assert.ok(fx);
  const ws = await memoryWorkspace();
  try {
    const rows = await ws.all<{ u: string; v: string; w: number }>(sql, [file]);
    const index = new Map<string, number>();
    const id = (node: string): number => {
      let i = index.get(node);
      if (i === undefined) index.set(node, (i = index.size));
      return i;
    };
    const from = Int32Array.from(rows, (r) => id(r.u));
    const to = Int32Array.from(rows, (r) => id(r.v));
    const graph = buildDirectedGraph(index.size, from, to, Float64Array.from(rows, (r) => Number(r.w)));
    assert.equal(graph.nodeCount, fx.nodes);
    assert.equal(graph.edgeCount, fx.edges);
    assert.equal(graph.outStrength.filter((s) => s === 0).length, fx.dangling, 'dangling nodes, some with zero-weight edges');
    const result = pagerank(graph);
    assert.equal(result.iterations, fx.iterations);
    let worst = 0;
    for (const [node, i] of index) {
      const [pr, inS, outS]: readonly [number, number, number] = fx.expected[node] ?? [NaN, NaN, NaN];
      worst = Math.max(worst, Math.abs((result.scores[i] as number) - pr));
      assert.equal(graph.inStrength[i], inS, `${node} in-strength`);
      assert.equal(graph.outStrength[i], outS, `${node} out-strength`);
    }
    assert.ok(worst < 1e-14, `largest |pagerank - networkx| on ${name} is ${worst}`);
  } finally {
    ws.close();
  }
}

test('referral-like graph of Maine clinicians sharing a ZIP: pagerank and strengths equal networkx', { skip: clinicians.skip }, () =>
  check('cms-clinicians', clinicians.path, clinicianEdges));

test('transfer-like graph of US hospitals sharing a county (zero-weight edges): equal to networkx', { skip: hospitals.skip }, () =>
  check('cms-hospitals', hospitals.path, hospitalEdges));
