/**
 * Server users and their access tokens. A token is shown once, when created; only its SHA-256 hash is kept.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Workspace } from './workspace.js';

export const userRoles = ['admin', 'analyst', 'rep'] as const;
export type UserRole = (typeof userRoles)[number];

export interface User {
  readonly userId: string;
  readonly name: string;
  readonly role: UserRole;
  readonly territoryId: string | null;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createUser(
  ws: Workspace,
  user: { name: string; role: UserRole; territoryId?: string | null },
): Promise<{ user: User; token: string }> {
  const token = `sm_${randomBytes(24).toString('base64url')}`;
  const userId = `u_${randomBytes(6).toString('hex')}`;
  await ws.run('insert into users values ($1, $2, $3, $4, $5, now())', [
    userId,
    user.name,
    user.role,
    user.territoryId ?? null,
    hashToken(token),
  ]);
  return { user: { userId, name: user.name, role: user.role, territoryId: user.territoryId ?? null }, token };
}

interface UserRow extends Record<string, unknown> {
  user_id: string;
  name: string;
  role: UserRole;
  territory_id: string | null;
  token_hash: string;
}

/** Every user keyed by token hash: the server keeps this map so a request costs no query. */
export async function loadUsersByTokenHash(ws: Workspace): Promise<Map<string, User>> {
  const rows = await ws.all<UserRow>('select user_id, name, role, territory_id, token_hash from users');
  return new Map(rows.map((r) => [r.token_hash, { userId: r.user_id, name: r.name, role: r.role, territoryId: r.territory_id }]));
}

export async function listUsers(ws: Workspace): Promise<User[]> {
  return [...(await loadUsersByTokenHash(ws)).values()].sort((a, b) => a.name.localeCompare(b.name));
}
