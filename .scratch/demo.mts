import { runDemo } from '../src/pipeline/demo/run-demo.js';
import { generateMarketStage } from '../src/pipeline/demo/generate-market.js';
import { importSourcesStage } from '../src/pipeline/demo/import-sources.js';
const t0 = performance.now();
await runDemo({ dir: '/tmp/segmap-demo-profile', size: 'small', seed: 7, asOf: '2025-06-30', stages: [generateMarketStage, importSourcesStage] }, () => undefined);
console.log('done', ((performance.now()-t0)/1000).toFixed(1), 's');
