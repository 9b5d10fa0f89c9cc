/**
 * Writes the three deliverables of a profile into a folder: profile.json (the document), profile.xlsx
 * (the analyst workbook) and report.html (the self-contained report), each atomically, so a reader never
 * sees half a file.
 *
 * @example
 * await writeProfileDeliverables(doc, cards, 'out'); // { json: 'out/profile.json', workbook: …, report: … }
 */
import { join } from 'node:path';
import { atomicWrite } from '../../activation/atomic-write.js';
import { writeReport } from '../../activation/report/write-report.js';
import { writeProfileWorkbook } from '../../activation/workbook/write-profile-workbook.js';
import type { ProfileDocument } from '../../spec/profile.js';
import type { SegmentCard } from '../../spec/segment-card.js';

export interface ProfileFiles {
  readonly json: string;
  readonly workbook: string;
  readonly report: string;
}

export const profileFileNames = { json: 'profile.json', workbook: 'profile.xlsx', report: 'report.html' } as const;

export async function writeProfileDeliverables(doc: ProfileDocument, cards: readonly SegmentCard[], dir: string, title = 'Segment profile'): Promise<ProfileFiles> {
  const files: ProfileFiles = { json: join(dir, profileFileNames.json), workbook: join(dir, profileFileNames.workbook), report: join(dir, profileFileNames.report) };
  await atomicWrite(files.json, `${JSON.stringify(doc, null, 2)}\n`);
  await writeProfileWorkbook({ profile: doc, cards, title }, files.workbook);
  await writeReport({ profile: doc, cards, title }, files.report);
  return files;
}
