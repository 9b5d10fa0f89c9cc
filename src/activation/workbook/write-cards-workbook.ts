/**
 * A workbook of cards only (personas before any data): the Cards sheet of the profile workbook, written
 * atomically with the same formula-injection guard.
 *
 * @example
 * await writeCardsWorkbook(cards, 'out/personas.xlsx', 'Personas');
 */
import ExcelJS from 'exceljs';
import type { SegmentCard } from '../../spec/segment-card.js';
import { atomicWrite } from '../atomic-write.js';
import { addCardsSheet } from './cards-sheet.js';

export async function writeCardsWorkbook(cards: readonly SegmentCard[], file: string, title = 'Cards'): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Segmap';
  workbook.title = title;
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  addCardsSheet(workbook, cards);
  await atomicWrite(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
