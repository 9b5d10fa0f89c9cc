/**
 * A realistic profile document for deliverable tests: the SAPA spi respondents by exercise frequency
 * (exer 1..6), weighted by make.py's survey weights, profiled on health, age, sex and smoking.
 */
import { profile } from '../../../src/core/profile/profile.js';
import type { ProfileVariable } from '../../../src/core/profile/profile-types.js';
import { collectingLogger } from '../../../src/lib/logger.js';
import { toProfileDocument } from '../../../src/pipeline/profile/to-profile-document.js';
import type { ProfileDocument } from '../../../src/spec/profile.js';
import { readNumericCsv, surveyWeight, spiFile } from './fixtures.js';

export function spiDocument(segmentNames: readonly string[] = ['rarely', 'monthly', 'weekly', '1-2/wk', '3-5/wk', 'daily']): ProfileDocument {
  const c = readNumericCsv(spiFile.path);
  const exer = c.get('exer') ?? new Float64Array(0);
  const cat = (name: string, levels: string[]): ProfileVariable => ({ kind: 'categorical', name, codes: Int32Array.from(c.get(name) ?? [], (v) => levels.indexOf(String(v))), levels });
  const logger = collectingLogger();
  const r = profile(
    {
      segments: Int32Array.from(exer, (v) => (Number.isFinite(v) ? v - 1 : -1)),
      segmentNames,
      weights: Float64Array.from(exer, (_, i) => surveyWeight(i)),
      variables: [
        { kind: 'numeric', name: 'health', values: c.get('health') ?? new Float64Array(0) },
        cat('sex', ['1', '2']),
        cat('smoke', ['1', '2', '3', '4', '5', '6', '7', '8', '9']),
        { kind: 'numeric', name: 'age', values: c.get('age') ?? new Float64Array(0) },
      ],
    },
    { logger },
  );
  if (!r.ok) throw new Error(`spi profile failed: ${r.error.kind}`);
  return toProfileDocument(r.value, { file: 'spi.csv', segmentation: null, segmentColumn: 'exer', weightColumn: 'w' }, logger.warnings);
}
