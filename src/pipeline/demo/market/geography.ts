/**
 * US geography for the demo market: the 50 states and DC with their Census region, an approximate
 * population in millions (2020 census, rounded; it weights where accounts are placed) and the range of
 * 3-digit ZIP prefixes each state uses (approximate, so that generated ZIP codes look plausible).
 *
 * Reference: US Census Bureau regions; USPS ZIP prefix allocation (approximate ranges).
 */
export interface State {
  readonly code: string;
  readonly region: Region;
  readonly population: number;
  readonly zip3From: number;
  readonly zip3To: number;
}

export const regions = ['Northeast', 'Midwest', 'South', 'West'] as const;
export type Region = (typeof regions)[number];

const s = (code: string, region: Region, population: number, zip3From: number, zip3To: number): State => ({
  code,
  region,
  population,
  zip3From,
  zip3To,
});

export const states: readonly State[] = [
  s('AL', 'South', 5.0, 350, 369),
  s('AK', 'West', 0.73, 995, 999),
  s('AZ', 'West', 7.2, 850, 865),
  s('AR', 'South', 3.0, 716, 729),
  s('CA', 'West', 39.5, 900, 961),
  s('CO', 'West', 5.8, 800, 816),
  s('CT', 'Northeast', 3.6, 60, 69),
  s('DE', 'South', 1.0, 197, 199),
  s('DC', 'South', 0.69, 200, 205),
  s('FL', 'South', 21.5, 320, 349),
  s('GA', 'South', 10.7, 300, 319),
  s('HI', 'West', 1.46, 967, 968),
  s('ID', 'West', 1.8, 832, 838),
  s('IL', 'Midwest', 12.8, 600, 629),
  s('IN', 'Midwest', 6.8, 460, 479),
  s('IA', 'Midwest', 3.2, 500, 528),
  s('KS', 'Midwest', 2.9, 660, 679),
  s('KY', 'South', 4.5, 400, 427),
  s('LA', 'South', 4.7, 700, 714),
  s('ME', 'Northeast', 1.36, 39, 49),
  s('MD', 'South', 6.2, 206, 219),
  s('MA', 'Northeast', 7.0, 10, 27),
  s('MI', 'Midwest', 10.1, 480, 499),
  s('MN', 'Midwest', 5.7, 550, 567),
  s('MS', 'South', 2.96, 386, 397),
  s('MO', 'Midwest', 6.15, 630, 658),
  s('MT', 'West', 1.08, 590, 599),
  s('NE', 'Midwest', 1.96, 680, 693),
  s('NV', 'West', 3.1, 889, 898),
  s('NH', 'Northeast', 1.38, 30, 38),
  s('NJ', 'Northeast', 9.3, 70, 89),
  s('NM', 'West', 2.1, 870, 884),
  s('NY', 'Northeast', 20.2, 100, 149),
  s('NC', 'South', 10.4, 270, 289),
  s('ND', 'Midwest', 0.78, 580, 588),
  s('OH', 'Midwest', 11.8, 430, 458),
  s('OK', 'South', 3.96, 730, 749),
  s('OR', 'West', 4.24, 970, 979),
  s('PA', 'Northeast', 13.0, 150, 196),
  s('RI', 'Northeast', 1.1, 28, 29),
  s('SC', 'South', 5.1, 290, 299),
  s('SD', 'Midwest', 0.89, 570, 577),
  s('TN', 'South', 6.9, 370, 385),
  s('TX', 'South', 29.1, 750, 799),
  s('UT', 'West', 3.27, 840, 847),
  s('VT', 'Northeast', 0.64, 50, 59),
  s('VA', 'South', 8.6, 220, 246),
  s('WA', 'West', 7.7, 980, 994),
  s('WV', 'South', 1.79, 247, 268),
  s('WI', 'Midwest', 5.9, 530, 549),
  s('WY', 'West', 0.58, 820, 831),
];

/** Index of each state's region in `regions`. */
export const stateRegion: Int8Array = Int8Array.from(states, (st) => regions.indexOf(st.region));
