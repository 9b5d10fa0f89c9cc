/**
 * Parser of ../shared/data/polca-*\/expected_results.txt: the poLCA 1.6.0.2 fits recorded there
 * (log-likelihood, AIC, BIC, G², X², residual df, class shares sorted by size, item-response
 * probabilities in the same class order). Test support only.
 */
import { readFileSync } from 'node:fs';

export interface PolcaExpected {
  readonly title: string;
  readonly logLikelihood: number;
  readonly parameters: number;
  readonly residualDf: number;
  readonly aic: number;
  readonly bic: number;
  readonly gSquared: number;
  readonly chiSquared: number;
  readonly n: number;
  readonly shares: number[];
  /** item name → per class (sorted order), the probabilities of levels 1, 2, … */
  readonly items: Map<string, number[][]>;
}

export function readExpectedResults(path: string): PolcaExpected[] {
  const blocks = readFileSync(path, 'utf8').split(/^### /m).slice(1);
  return blocks.map((block) => {
    const lines = block.split('\n');
    const title = lines[0]!.trim();
    const stats = new Map<string, number>();
    for (const m of block.matchAll(/(\w[\w.]*)=(-?[\d.]+)/g)) stats.set(m[1]!, Number(m[2]));
    const sharesLine = lines.find((l) => l.startsWith('class shares'))!;
    const shares = sharesLine.split(':')[1]!.trim().split(/,\s*/).map(Number);
    const items = new Map<string, number[][]>();
    for (const line of lines) {
      const m = /^\s+(\w+) : (.*)$/.exec(line);
      if (m === null) continue;
      items.set(m[1]!, m[2]!.split('|').map((cls) => cls.trim().split('/').map(Number)));
    }
    const get = (key: string): number => {
      const v = stats.get(key);
      if (v === undefined) throw new Error(`${path}: ${title} lacks ${key}`);
      return v;
    };
    return {
      title,
      logLikelihood: get('llik'),
      parameters: get('npar'),
      residualDf: get('resid.df'),
      aic: get('AIC'),
      bic: get('BIC'),
      gSquared: get('Gsq'),
      chiSquared: get('Chisq'),
      n: get('Nobs'),
      shares,
      items,
    };
  });
}
