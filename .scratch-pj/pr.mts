import { openWorkspace } from '../src/data/workspace.js';
import { secondaryFeatures } from '../src/pipeline/projection/secondary-features.js';
import { createHash } from 'node:crypto';
const ws = await openWorkspace(process.argv[3]!, { threads: Number(process.argv[2] ?? 2) });
for (let r = 0; r < 30; r++) {
  const f = await secondaryFeatures(ws);
  const col = f.table.columns.get('pagerank')!;
  const v = col.kind === 'numeric' ? col.values : new Float64Array();
  console.log(createHash('sha256').update(Buffer.from(v.buffer)).digest('hex').slice(0, 16));
}
ws.close();
