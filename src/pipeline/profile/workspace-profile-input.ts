/**
 * Builds the profile input for segments of a workspace: the members (respondents, stakeholders or
 * accounts with their segment, from a segments file or from memberships) joined with everything the
 * workspace knows about them — survey answers (one variable per question), role, specialty, account type,
 * beds, value-analysis committee, the account's procedure volume, and engagement counts per channel —
 * plus survey weights when every respondent has one.
 *
 * Values always travel as parameters; the member relation is built from fixed SQL by the caller
 * (./workspace-members.ts). Complexity: a few set-based queries, then O(members × variables) in Node.
 *
 * @example
 * const { input, sections } = await workspaceProfileInput(ws, 'respondent');
 */
import type { ProfileInput, ProfileVariable } from '../../core/profile/profile-types.js';
import type { Workspace } from '../../data/workspace.js';
import { cardSection, type CardSection } from './card-sections.js';
import { segmentCodes } from './segment-codes.js';

export type MemberKind = 'respondent' | 'stakeholder' | 'account';

/** The temp table the caller fills with (entity_id, segment). */
export const membersTable = '_segmap_profile_members';

export interface WorkspaceProfileInput {
  readonly input: ProfileInput;
  readonly descriptions: Map<string, string>;
  readonly sections: Map<string, CardSection>;
  readonly weighted: boolean;
}

type MemberRow = {
  entity_id: string;
  segment: string;
  weight: number | null;
  stakeholder_id: string | null;
  respondent_id: string | null;
  role: string | null;
  specialty: string | null;
  account_type: string | null;
  beds: number | null;
  has_vac: boolean | null;
  volume: number | null;
};

/** The joined member rows, one per member, kept for the follow-up queries. */
const rowsTable = '_segmap_profile_rows';

const memberSql: Record<MemberKind, string> = {
  respondent: `select m.entity_id, m.segment, r.weight, s.stakeholder_id, r.respondent_id, s.role, s.specialty, a.type as account_type, a.beds, a.has_vac, v.volume
    from ${membersTable} m left join survey_respondents r on r.respondent_id = m.entity_id
    left join stakeholders s on s.stakeholder_id = r.stakeholder_id left join accounts a on a.account_id = s.account_id`,
  stakeholder: `select m.entity_id, m.segment, r.weight, s.stakeholder_id, r.respondent_id, s.role, s.specialty, a.type as account_type, a.beds, a.has_vac, v.volume
    from ${membersTable} m left join stakeholders s on s.stakeholder_id = m.entity_id
    left join (select stakeholder_id, arg_min(respondent_id, respondent_id) as respondent_id, arg_min(weight, respondent_id) as weight
               from survey_respondents group by stakeholder_id) r on r.stakeholder_id = m.entity_id
    left join accounts a on a.account_id = s.account_id`,
  account: `select m.entity_id, m.segment, null::double as weight, null::varchar as stakeholder_id, null::varchar as respondent_id, null::varchar as role,
    null::varchar as specialty, a.type as account_type, a.beds, a.has_vac, v.volume
    from ${membersTable} m left join accounts a on a.account_id = m.entity_id`,
};

const volumeJoin = `left join (select entity_id, sum("count") as volume from volumes where entity_kind = 'account' and not coalesce(suppressed, false) group by all) v on v.entity_id = a.account_id`;

function categorical(name: string, label: string, values: readonly (string | null)[]): ProfileVariable {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const levels = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  const index = new Map(levels.map((l, i) => [l, i]));
  return { kind: 'categorical', name, label, levels, codes: Int32Array.from(values, (v) => (v === null ? -1 : (index.get(v) ?? -1))) };
}

/** The short wording of a survey question for tables and charts (the text after its battery stem). */
export function questionLabel(id: string, text: string | null): string {
  if (!text) return id;
  const tail = text.split(/:\s+|how important is\s+|how often do you rely on\s+/i).pop()?.trim() ?? text;
  return tail.length > 70 ? `${tail.slice(0, 67)}…` : tail;
}

async function surveyVariables(ws: Workspace, rows: readonly MemberRow[], out: WorkspaceProfileInput): Promise<ProfileVariable[]> {
  const position = new Map<string, number>();
  rows.forEach((r, i) => r.respondent_id !== null && position.set(r.respondent_id, i));
  const questions = await ws.all<{ question_id: string; text: string | null; battery: string | null; type: string }>(
    'select question_id, text, battery, type from survey_questions order by battery, question_id',
  );
  const answers = await ws.all<{ respondent_id: string; question_id: string; value: number | null; value_text: string | null }>(
    `select respondent_id, question_id, value, value_text from survey_responses where respondent_id in (select respondent_id from ${rowsTable})`,
  );
  const byQuestion = new Map<string, typeof answers>();
  for (const a of answers) byQuestion.set(a.question_id, [...(byQuestion.get(a.question_id) ?? []), a]);
  return questions.flatMap((q): ProfileVariable[] => {
    const given = byQuestion.get(q.question_id) ?? [];
    if (given.length === 0) return [];
    out.descriptions.set(q.question_id, q.text ?? q.question_id);
    out.sections.set(q.question_id, cardSection(q.question_id, q.battery));
    const label = questionLabel(q.question_id, q.text);
    if (q.type === 'single' || q.type === 'multi') {
      const text: (string | null)[] = rows.map(() => null);
      for (const a of given) {
        const i = position.get(a.respondent_id);
        if (i !== undefined) text[i] = a.value_text ?? (a.value === null ? null : String(a.value));
      }
      return [categorical(q.question_id, label, text)];
    }
    const values = new Float64Array(rows.length).fill(Number.NaN);
    for (const a of given) {
      const i = position.get(a.respondent_id);
      if (i !== undefined && a.value !== null) values[i] = a.value;
    }
    return [{ kind: 'numeric', name: q.question_id, label, values }];
  });
}

async function engagementVariables(ws: Workspace, rows: readonly MemberRow[], out: WorkspaceProfileInput): Promise<ProfileVariable[]> {
  if (rows.every((r) => r.stakeholder_id === null)) return [];
  const position = new Map<string, number>();
  rows.forEach((r, i) => r.stakeholder_id !== null && position.set(r.stakeholder_id, i));
  const counts = await ws.all<{ stakeholder_id: string; channel: string; n: number }>(
    `select stakeholder_id, channel, count(*) as n from engagement_events
     where channel is not null and stakeholder_id in (select stakeholder_id from ${rowsTable}) group by all`,
  );
  const channels = [...new Set(counts.map((c) => c.channel))].sort().slice(0, 12);
  return channels.map((channel) => {
    const name = `engagement_${channel}`;
    const values = Float64Array.from(rows, (r) => (r.stakeholder_id === null ? Number.NaN : 0));
    for (const c of counts) {
      const i = position.get(c.stakeholder_id);
      if (c.channel === channel && i !== undefined) values[i] = c.n;
    }
    out.sections.set(name, 'channels');
    out.descriptions.set(name, `${channel.replace(/_/g, ' ')} events per person`);
    return { kind: 'numeric' as const, name, label: `engagement: ${channel.replace(/_/g, ' ')}`, values };
  });
}

export async function workspaceProfileInput(ws: Workspace, kind: MemberKind): Promise<WorkspaceProfileInput> {
  await ws.run(`create or replace temp table ${rowsTable} as ${memberSql[kind]} ${volumeJoin}`);
  const rows = await ws.all<MemberRow>(`select * from ${rowsTable} order by segment, entity_id`);
  const out: WorkspaceProfileInput = { input: { segments: new Int32Array(0), segmentNames: [], variables: [] }, descriptions: new Map(), sections: new Map(), weighted: false };
  const survey = await surveyVariables(ws, rows, out);
  const text = (pick: (r: MemberRow) => string | null): (string | null)[] => rows.map(pick);
  const secondary: ProfileVariable[] = [];
  if (rows.some((r) => r.role !== null)) secondary.push(categorical('role', 'role', text((r) => r.role)));
  if (rows.some((r) => r.specialty !== null)) secondary.push(categorical('specialty', 'specialty', text((r) => r.specialty)));
  if (rows.some((r) => r.account_type !== null)) secondary.push(categorical('account_type', 'account type', text((r) => r.account_type)));
  if (rows.some((r) => r.has_vac !== null)) secondary.push(categorical('has_vac', 'value-analysis committee', text((r) => (r.has_vac === null ? null : r.has_vac ? 'yes' : 'no'))));
  if (rows.some((r) => r.beds !== null)) secondary.push({ kind: 'numeric', name: 'beds', label: 'beds', values: Float64Array.from(rows, (r) => r.beds ?? Number.NaN) });
  if (rows.some((r) => r.volume !== null)) secondary.push({ kind: 'numeric', name: 'account_volume', label: 'account procedure volume', values: Float64Array.from(rows, (r) => r.volume ?? Number.NaN) });
  for (const v of secondary) out.sections.set(v.name, cardSection(v.name));
  const engagement = await engagementVariables(ws, rows, out);
  const segments = segmentCodes(rows.map((r) => r.segment));
  // survey weights apply when every member is a weighted respondent (segments of respondents, or of the stakeholders who answered)
  const weighted = kind !== 'account' && rows.length > 0 && rows.every((r) => r.weight !== null && r.weight >= 0);
  await ws.run(`drop table if exists ${rowsTable}`);
  return {
    ...out,
    weighted,
    input: {
      segments: segments.codes,
      segmentNames: segments.names,
      variables: [...survey, ...secondary, ...engagement],
      ...(weighted ? { weights: Float64Array.from(rows, (r) => r.weight ?? 0) } : {}),
    },
  };
}
