/**
 * Everything the HTTP server needs from a workspace, behind one interface, so server/ never touches the
 * database or files itself. `openServerContext` opens the workspace once; every view checks the principal's
 * scope (a rep sees only their territory).
 */
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../data/workspace.js';
import { createAuthenticator, type Authenticator } from '../access/principal.js';
import type { AccountView, CallListRowView, DataHealth, PageOf, ProfileView, QuadrantCount, SegmentCardView, SegmentsView } from '../../spec/views.js';
import { cardsView, profileView } from './profile-view.js';
import { territoryScope, type Principal } from '../access/principal.js';
import { accountsView, quadrantCounts, type PageRequest } from './accounts-view.js';
import { callListView } from './calllist-view.js';
import { dataHealth } from './data-health.js';
import { segmentSizes } from './segment-sizes.js';
import { typingService, type TypingService } from './typing-view.js';

export interface ServerContext {
  readonly dir: string;
  readonly outDir: string;
  readonly auth: Authenticator;
  dataHealth(): Promise<DataHealth>;
  segments(): Promise<SegmentsView>;
  accounts(principal: Principal, page: PageRequest): Promise<PageOf<AccountView>>;
  quadrants(principal: Principal): Promise<QuadrantCount[]>;
  callList(principal: Principal, page: PageRequest): Promise<PageOf<CallListRowView>>;
  profile(): Promise<ProfileView | null>;
  cards(): Promise<SegmentCardView[]>;
  readonly typing: TypingService;
  close(): void;
}

export async function openServerContext(dir: string): Promise<ServerContext> {
  const ws = await openWorkspace(dir);
  return workspaceServerContext(ws, dir, join(dir, 'out'));
}

/** The context over an already open workspace (tests pass an in-memory one). */
export async function workspaceServerContext(ws: Workspace, dir: string, outDir: string): Promise<ServerContext> {
  const auth = await createAuthenticator(ws);
  return {
    dir,
    outDir,
    auth,
    dataHealth: () => dataHealth(ws),
    segments: () => segmentSizes(ws, outDir),
    accounts: (principal, page) => accountsView(ws, outDir, territoryScope(principal), page),
    quadrants: (principal) => quadrantCounts(ws, outDir, territoryScope(principal)),
    callList: (principal, page) => callListView(ws, outDir, territoryScope(principal), page),
    profile: () => profileView(outDir),
    cards: () => cardsView(ws),
    typing: typingService(outDir),
    close: () => ws.close(),
  };
}
