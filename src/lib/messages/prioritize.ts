/**
 * Messages of account prioritization and `segmap network`: validation of the `prioritization:` section,
 * data-quality warnings, and the fragments of the plain reason given for every placement
 * ("3 affiliated sites refer in; share 8%").
 */
const count = (n: number): string => Math.round(n).toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string => (Math.round(n) === 1 ? one : many);

export const prioritizeMessages = {
  // validation of the project file section
  influenceNeedsNonVolume: () =>
    'prioritization.influence requires a weight on pagerank or kol: prescribing volume alone is not influence',
  phrmaExcludesVolume: () =>
    'prioritization.kol.mode phrma requires influence.volume 0 (PhRMA Code: speakers are not chosen by prescribing)',
  weightsNeedPositive: (section: string) => `prioritization.${section} requires at least one weight above 0`,
  prevalenceNeedsPopulation: () => 'prioritization.potential.prevalence requires potential.population_code',
  notAProjectSection: (file: string) => `${file}: prioritization requires a mapping of options`,
  invalidOption: (path: string, problem: string) => `prioritization.${path}: ${problem}`,
  // network command
  columnMissing: (flag: string, column: string, available: readonly string[]) =>
    `${flag} ${column} requires a column of that name; the file has ${available.join(', ')}`,
  noEdges: (file: string) => `${file} requires at least one usable edge`,
  looseTolerance: (nodes: number, tol: number, iterations: number) =>
    `pagerank stopped after ${iterations} ${iterations === 1 ? 'iteration' : 'iterations'}: networkx's rule (l1 change below nodes x tol = ${(nodes * tol).toPrecision(2)}) is loose for ${count(nodes)} nodes; pass --tol 1e-10 for converged scores`,
  badNumber: (flag: string, raw: string, range: string) => `${flag} requires a number ${range}, got "${raw}"`,
  notConverged: (iterations: number, change: number) =>
    `pagerank did not converge in ${iterations} iterations (l1 change ${change.toExponential(2)}); scores are the last iterate`,
  // prioritize: inputs
  nothingToScore: (types: readonly string[]) => `prioritization requires accounts of type ${types.join(', ')}; the workspace has none`,
  parentCycle: (accounts: number) => `${accounts} ${plural(accounts, 'account sits', 'accounts sit')} on a cycle of parent links; their parent links were ignored`,
  fewDistinct: (axis: string) => `${axis} has fewer than 2 distinct values; every account is placed low on it`,
  // summaries (demo stage, CLI)
  placed: (sites: number, q: Readonly<Record<string, number>>) =>
    `${count(sites)} sites placed: ${count(q.growth ?? 0)} growth, ${count(q.expansion ?? 0)} expansion, ${count(q.maintain_monitor ?? 0)} maintain/monitor, ${count(q.low_priority ?? 0)} low priority`,
  cutsLine: (group: string, opportunity: number, position: number) =>
    `${group}: high opportunity above ${opportunity.toFixed(1)}, high position above ${position.toFixed(1)}`,
  networkLine: (nodes: number, edges: number, iterations: number, hubs: number) =>
    `referral network: ${count(nodes)} clinicians, ${count(edges)} referral pairs, pagerank in ${iterations} iterations, ${count(hubs)} hubs`,
  issuesLine: (issues: Readonly<Record<string, number>>) => {
    const shown = Object.entries(issues).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${count(n)}`);
    return shown.length > 0 ? `data issues handled: ${shown.join(', ')}` : 'data issues handled: none';
  },
  optionsFrom: (source: string) => `options: ${source}`,
  filesLine: (files: readonly string[]) => `wrote ${files.join(', ')}`,
  // reason fragments (one placement = the top drivers joined with '; ')
  reasonVolume: (n: number) => `${count(n)} procedures`,
  reasonNoVolume: () => 'no procedure volume on file',
  reasonPotential: (n: number) => `${count(n)} untreated patients`,
  reasonGrowth: (pct: number) => `volume ${pct >= 0 ? 'up' : 'down'} ${Math.abs(Math.round(pct))}%`,
  reasonAffiliatedReferrers: (n: number) => `${count(n)} affiliated ${plural(n, 'site refers', 'sites refer')} in`,
  reasonReferrers: (n: number) => `${count(n)} ${plural(n, 'site refers', 'sites refer')} in`,
  reasonHubs: (n: number) => `fed by ${count(n)} referral ${plural(n, 'hub', 'hubs')}`,
  reasonReferralWeak: () => 'few referrals in',
  reasonKol: (n: number) => `${count(n)} ${plural(n, 'KOL', 'KOLs')} on staff`,
  reasonSystem: (sites: number) => `part of a ${count(sites)}-site system`,
  reasonGpo: () => 'GPO member',
  reasonSales: (units: number) => `${count(units)} units sold`,
  reasonShare: (pct: number) => `share ${pct < 1 && pct > 0 ? '<1' : Math.round(pct)}%`,
  reasonNoSales: () => 'no sales yet',
  reasonRelationship: (n: number) => `${count(n)} rep ${plural(n, 'contact', 'contacts')}`,
} as const;
