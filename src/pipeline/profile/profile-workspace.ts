/**
 * Profiles a segmentation of a workspace over everything the workspace knows about its members (survey
 * answers, role, specialty, account type and size, volumes, engagement), drafts the cards (keeping edited
 * and persona cards), and stores the profile and cards. Used by the demo and by `segmap report D`.
 *
 * Phases: 1. members (file or memberships) → 2. dataset → 3. core profile → 4. cards (merge with stored)
 * → 5. store profile and cards.
 *
 * @example
 * const { document, cards } = await profileWorkspace(ws, { segmentation: 'survey', segmentsFile: 'D/out/survey-segments.csv' });
 */
import type { Workspace } from '../../data/workspace.js';
import { NotFoundError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { profileMessages } from '../../lib/messages/profile.js';
import type { ProfileDocument } from '../../spec/profile.js';
import type { SegmentCard } from '../../spec/segment-card.js';
import { buildCards } from './build-cards.js';
import { runProfile, type ProfileSettings } from './run-profile.js';
import { listCards, saveCards, saveProfile } from './store-profile.js';
import { latestSegmentation, membersFromFile, membersFromMemberships } from './workspace-members.js';
import { membersTable, workspaceProfileInput } from './workspace-profile-input.js';

export interface WorkspaceProfileRequest extends ProfileSettings {
  /** Profile the segments in this file (id column + `segment`) under this segmentation name… */
  readonly segmentsFile?: string;
  readonly segmentation?: string;
  readonly runId?: string | null;
  readonly logger?: Logger;
}

export interface WorkspaceProfileResult {
  readonly segmentation: string;
  readonly document: ProfileDocument;
  /** The cards in segment order: stored edited/persona cards where they exist, fresh drafts otherwise. */
  readonly cards: readonly SegmentCard[];
}

export async function profileWorkspace(ws: Workspace, request: WorkspaceProfileRequest): Promise<WorkspaceProfileResult> {
  // 1. members
  let segmentation: string;
  let kind;
  if (request.segmentsFile !== undefined) {
    kind = await membersFromFile(ws, request.segmentsFile);
    segmentation = request.segmentation ?? 'survey';
  } else {
    const latest = await latestSegmentation(ws);
    if (!latest) throw new NotFoundError(profileMessages.noSegmentation(ws.dir));
    await membersFromMemberships(ws, latest);
    kind = latest.entityKind;
    segmentation = latest.segmentation;
  }
  // 2. dataset
  const data = await workspaceProfileInput(ws, kind);
  await ws.run(`drop table if exists ${membersTable}`);
  // 3. profile
  const storedLabels = new Map((await listCards(ws, segmentation)).filter((c) => c.edited || c.source === 'persona').map((c) => [c.segment, c.name]));
  const document = runProfile(
    data.input,
    { file: request.segmentsFile ?? null, segmentation, segmentColumn: 'segment', weightColumn: data.weighted ? 'survey_respondents.weight' : null, descriptions: data.descriptions, segmentLabels: storedLabels },
    request,
  );
  // 4–5. cards and storage
  await saveProfile(ws, segmentation, document, request.runId ?? null);
  await saveCards(ws, buildCards(document, { segmentation, sections: data.sections }));
  const stored = new Map((await listCards(ws, segmentation)).map((c) => [c.segment, c]));
  const cards = document.segments.flatMap((s) => {
    const c = stored.get(s.id);
    return c ? [c] : [];
  });
  return { segmentation, document, cards };
}
