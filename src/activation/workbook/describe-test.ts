/**
 * One line that summarizes a variable's omnibus test for a banner title or a report table:
 * "Welch F(5, 1203.4) = 12.31, p < 0.0001 (adj. < 0.0001), ω² = 0.021" — or why no test was possible.
 *
 * @example
 * describeTest(variable); // "χ²(5) = 18.20, p = 0.0027 (adj. 0.0108), Cramér's V = 0.065"
 * // sparse tables: "χ²(40) = 129.46, Fisher's p (Monte-Carlo) = 0.0005 (adj. 0.0020), Cramér's V = 0.094"
 */
import type { ProfileTest, ProfileVariable } from '../../spec/profile.js';

export function formatP(p: number | null): string {
  if (p === null) return 'n/a';
  return p < 0.0001 ? '< 0.0001' : p.toFixed(4);
}

const effectSymbol: Record<NonNullable<ProfileTest['effectSizeName']>, string> = {
  'omega-squared': 'ω²',
  'eta-squared': 'η²',
  'cramers-v': "Cramér's V",
  'epsilon-squared': 'ε²',
};

const testName: Record<ProfileTest['test'], string> = {
  'welch-anova': 'Welch F',
  anova: 'F',
  'kruskal-wallis': 'Kruskal–Wallis H',
  'chi-square': 'χ²',
  'fisher-exact': 'χ²',
  'monte-carlo-fisher': 'χ²',
  none: 'no test',
};

export function describeTest(v: ProfileVariable): string {
  if (v.test === 'none' || v.statistic === null) return v.notes[0] ?? 'no test possible';
  const df = v.df2 !== null ? `(${v.df}, ${v.df2.toFixed(1)})` : `(${v.df})`;
  const which = v.test === 'fisher-exact' ? "Fisher's exact p" : v.test === 'monte-carlo-fisher' ? "Fisher's p (Monte-Carlo)" : 'p';
  const p = v.pValue === null ? '' : `, ${which} ${v.pValue < 0.0001 ? '< 0.0001' : `= ${v.pValue.toFixed(4)}`}`;
  const adjusted = v.adjustedPValue === null ? '' : ` (adj. ${formatP(v.adjustedPValue)})`;
  const effect = v.effectSize === null || v.effectSizeName === null ? '' : `, ${effectSymbol[v.effectSizeName]} = ${v.effectSize.toFixed(3)}`;
  return `${testName[v.test]}${df} = ${v.statistic.toFixed(2)}${p}${adjusted}${effect}`;
}
