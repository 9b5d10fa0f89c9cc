import { projectJsonSchemaText } from '../src/spec/project-json-schema.js';
import { parseProject, issueText } from '../src/spec/project-issues.js';
import { normalizeProject } from '../src/spec/normalize-project.js';
const t = projectJsonSchemaText();
console.log(t.length, t.slice(0, 300));
const cases: unknown[] = [
  { version: 1, segmentations: [{ name: 's', method: 'kmean', k: 4 }] },
  { version: 1, segmentations: [{ name: 's', method: 'kmeans', k: '9..3' }, { name: 's', method: 'lca', k: 'x' }] },
  { version: 1, segmentations: [{ name: 's', method: 'kmeans' }], foo: 1 },
  { version: 2 },
  { version: 1, profile: { segmentation: 'nope' }, segmentations: [{ name: 's', method: 'kmeans', k: 3, source: { file: 'x.csv' }, screen: true }] },
  { version: 1, segmentations: [{ name: 's', method: 'kmeans', k: 3, source: 'surveyy' }] },
  { version: 1, prioritization: { kol: { mode: 'phrma' }, influence: { volume: 1 } } },
  { version: 1, rules: { segments: [{ name: 'a', entity: 'account', entry: { field: 'beds', gtee: 1 } }] } },
  { version: 1, exports: [{ kind: 'calllist', out: 'x.txt' }, { kind: 'other' }] },
  { version: 1, seed: 'x', sources: [{ table: 'a' }] },
];
for (const c of cases) { const r = parseProject(c); console.log(r.ok ? 'OK' : r.error.map(issueText)); }
const ok = parseProject({ version: 1, seed: 7, segmentations: [{ name: 's', method: 'kmeans', k: '2..4' }] });
if (ok.ok) console.log(JSON.stringify(normalizeProject(ok.value)));
for (const c of [{ version: 1, segmentations: [{ name: 's', method: 'kmeans' }], foo: 1 }, { version: 1, rules: { segments: [{ name: 'a', entity: 'account', entry: { field: 'beds', gtee: 1 } }] } }, { version: 1, exports: [{ kind: 'x', out: 'a.csv' }] }, []]) { const r = parseProject(c); console.log(r.ok ? 'OK' : r.error.map(issueText), r.ok ? '' : r.error.map(i => i.keys)); }
