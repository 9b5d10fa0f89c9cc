import { openWorkspace } from '../src/data/workspace.js';
import { importFile } from '../src/pipeline/import-file.js';
const ws = await openWorkspace('/tmp/segmap-demo-profile');
for (const t of ['territories','products','accounts','stakeholders','survey_questions','survey_respondents','survey_responses','engagement_events','volumes']) {
  try {
    const r = await importFile({ workspace: ws, table: t, file: `/tmp/segmap-demo-profile/data/${t}.csv` });
    console.log(t, r.rowsLoaded, r.rowsRejected);
  } catch (e) { console.log(t, 'ERR', String(e).slice(0,200)); }
}
for (const q of ["select count(*) n from survey_respondents", "select * from survey_respondents limit 3", "select * from survey_responses limit 3", "select * from survey_questions limit 3", "select role, count(*) n from stakeholders group by 1 order by 2 desc", "select * from stakeholders limit 2", "select type, count(*) from accounts group by 1", "select channel, type, count(*) n from engagement_events group by all order by n desc limit 12", "select entity_kind, code, count(*) from volumes group by all limit 10", "select * from volumes limit 3"]) {
  console.log(q); console.log(await ws.all(q));
}
ws.close();
