import { runDemo } from '../src/pipeline/demo/run-demo.js';
import { generateMarketStage } from '../src/pipeline/demo/generate-market.js';
import { importSourcesStage } from '../src/pipeline/demo/import-sources.js';
const t = performance.now();
await runDemo({ dir: process.argv[2]!, size: 'small', seed: Number(process.argv[3]), asOf: '2025-06-30', stages: [generateMarketStage] }, () => undefined);
console.log('gen', (performance.now() - t) / 1000);
