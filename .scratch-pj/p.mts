import { stringify } from 'yaml';
import { demoPrioritization } from '../src/pipeline/demo/prioritize-accounts.js';
console.log(stringify({ prioritization: demoPrioritization }));
