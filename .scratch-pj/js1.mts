import { z } from 'zod';
import { PrioritizationSpec } from '/work/main/src/spec/prioritization.ts';
import { RulesSection } from '/work/main/src/spec/rules/rule-segment.ts';
const s = z.toJSONSchema(z.object({ p: PrioritizationSpec.optional(), r: RulesSection.optional() }), { io: 'input' });
console.log(JSON.stringify(s).length, Object.keys(s), JSON.stringify(s).slice(0, 600));
