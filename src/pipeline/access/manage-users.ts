/**
 * Adding and listing server users, for `segmap user` and the demo. The token is returned once.
 */
import { UsageError } from '../../lib/errors.js';
import { accessMessages } from '../../lib/messages/index.js';
import { createUser, listUsers, userRoles, type User, type UserRole } from '../../data/users.js';
import { openWorkspace, type Workspace } from '../../data/workspace.js';

export function parseRole(raw: string): UserRole {
  const role = userRoles.find((r) => r === raw);
  if (!role) throw new UsageError(accessMessages.unknownRole(raw, userRoles));
  return role;
}

export async function addUser(
  ws: Workspace,
  request: { name: string; role: UserRole; territoryId?: string },
): Promise<{ user: User; token: string }> {
  if (request.role === 'rep') {
    if (!request.territoryId) throw new UsageError(accessMessages.repNeedsTerritory);
    const found = await ws.all('select 1 from territories where territory_id = $1', [request.territoryId]);
    if (found.length === 0) throw new UsageError(accessMessages.unknownTerritory(request.territoryId));
  }
  return createUser(ws, request);
}

/** The CLI's entry points: open the workspace, do one thing, close it. */
export async function addUserToWorkspace(dir: string, request: { name: string; role: string; territoryId?: string }) {
  const ws = await openWorkspace(dir);
  try {
    return await addUser(ws, { ...request, role: parseRole(request.role) });
  } finally {
    ws.close();
  }
}

export async function listWorkspaceUsers(dir: string): Promise<User[]> {
  const ws = await openWorkspace(dir);
  try {
    return await listUsers(ws);
  } finally {
    ws.close();
  }
}
