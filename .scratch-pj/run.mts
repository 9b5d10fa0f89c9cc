import { runProject } from '../src/pipeline/run-project.js';
import { collectingLogger } from '../src/lib/logger.js';
const logger = collectingLogger();
const t = performance.now();
const r = await runProject({ file: process.argv[2]!, version: 'dev', logger, onPlan: (l) => console.log(l.join('\n')), onStep: (s) => console.log(s.title, s.seconds.toFixed(1), s.lines.join(' | ')) });
console.log(r.runId, r.specHash, r.dataHash, (performance.now() - t) / 1000);
console.log(JSON.stringify(r.steps.map((s) => [s.title, s.outputs])).slice(0, 3000));
console.log(logger.warnings.slice(0, 10));
