/**
 * Writes the analyst workbook of a profile (profile.xlsx): Sizes, Banner (crosstab with significance
 * letters), Profile (indices with a colour scale), Tests, Cards, Charts (native Excel charts) and About.
 *
 * Phases: 1. build the sheets with exceljs → 2. serialize → 3. add native charts (./native-charts.ts, since
 * exceljs cannot draw them) → 4. write atomically (../atomic-write.ts). Every text cell from data passes the
 * formula-injection guard (../formula-guard.ts).
 * Complexity: O(variables × rows × segments).
 *
 * @example
 * await writeProfileWorkbook({ profile, cards }, 'out/profile.xlsx');
 */
import ExcelJS from 'exceljs';
import type { ProfileDocument } from '../../spec/profile.js';
import type { SegmentCard } from '../../spec/segment-card.js';
import { atomicWrite } from '../atomic-write.js';
import { addAboutSheet } from './about-sheet.js';
import { addBannerSheet } from './banner-sheet.js';
import { addCardsSheet } from './cards-sheet.js';
import { addChartsSheet, chartsSheetName } from './charts-sheet.js';
import { addNativeCharts } from './native-charts.js';
import { addProfileSheet } from './profile-sheet.js';
import { addSizesSheet } from './sizes-sheet.js';
import { addTestsSheet } from './tests-sheet.js';

export interface ProfileWorkbookInput {
  readonly profile: ProfileDocument;
  readonly cards: readonly SegmentCard[];
  /** Workbook title (document properties). */
  readonly title?: string;
}

/** The workbook as bytes (for the API or a test); `writeProfileWorkbook` writes it to a file. */
export async function profileWorkbookBytes(input: ProfileWorkbookInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Segmap';
  workbook.title = input.title ?? 'Segment profile';
  // a fixed date keeps the bytes reproducible for the same profile
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  addSizesSheet(workbook, input.profile);
  addBannerSheet(workbook, input.profile);
  addProfileSheet(workbook, input.profile);
  addTestsSheet(workbook, input.profile);
  if (input.cards.length > 0) addCardsSheet(workbook, input.cards);
  const { charts } = addChartsSheet(workbook, input.profile);
  addAboutSheet(workbook, input.profile);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addNativeCharts(bytes, chartsSheetName, charts);
}

export async function writeProfileWorkbook(input: ProfileWorkbookInput, file: string): Promise<void> {
  await atomicWrite(file, await profileWorkbookBytes(input));
}
