import { openWorkspace } from '../src/data/workspace.js';
const ws = await openWorkspace('/tmp/segmap-demo-profile');
for (const q of ["select type, count(*) n from accounts group by 1", "select channel, type, count(*) n from engagement_events group by all order by n desc limit 14", "select specialty, count(*) n from stakeholders group by 1 order by 2 desc limit 12", "select * from engagement_events limit 2", "select * from accounts limit 1"]) {
  console.log(q); console.log(await ws.all(q));
}
ws.close();
