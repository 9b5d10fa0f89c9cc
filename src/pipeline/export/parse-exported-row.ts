/**
 * A row recorded in `export_rows` (its JSON) back as a CallListRow. Columns missing from an older
 * export, or of another type, read as null (stale as false), so a delta against an export made by an
 * earlier Segmap still compares like with like.
 *
 * @example parseExportedRow('{"stakeholder_id":"S1","tier":"2"}').tier   // '2'
 */
import type { CallListRow } from '../../activation/calllist/calllist-row.js';

export function parseExportedRow(json: string): CallListRow {
  const raw: unknown = JSON.parse(json);
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const text = (key: string): string | null => (typeof r[key] === 'string' ? r[key] : null);
  const confidence = r.segment_confidence;
  return {
    stakeholder_id: text('stakeholder_id') ?? '',
    npi: text('npi'), name: text('name'), role: text('role'), specialty: text('specialty'), account_id: text('account_id'),
    account_name: text('account_name'), territory_id: text('territory_id'), rep: text('rep'), segment: text('segment'),
    segment_source: text('segment_source'), segment_confidence: typeof confidence === 'number' ? confidence : null,
    tier: text('tier'), quadrant: text('quadrant'), tags: text('tags'), message_pillar: text('message_pillar'),
    next_step: text('next_step'), last_verified: text('last_verified'), stale: r.stale === true, stale_reason: text('stale_reason'),
  };
}
