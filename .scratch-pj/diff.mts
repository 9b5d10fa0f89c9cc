import { openWorkspace } from '../src/data/workspace.js';
import { listRuns } from '../src/pipeline/run-record.js';
import { diffRuns } from '../src/pipeline/run-diff.js';
const ws = await openWorkspace(process.argv[2]!);
const runs = (await listRuns(ws)).filter((r) => r.kind === 'project');
console.log(runs.map((r) => [r.runId, r.status, r.specHash?.slice(0, 8), r.dataHash?.slice(0, 8), r.seed]));
const d = await diffRuns(ws, runs.at(-2)!.runId, runs.at(-1)!.runId);
console.log(JSON.stringify(d, null, 1).slice(0, 4000));
ws.close();
