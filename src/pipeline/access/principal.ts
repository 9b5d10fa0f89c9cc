/**
 * Who is asking, and what they may see. Reps see only their own territory; analysts and admins see all.
 * The server resolves a bearer token to a Principal once per request from an in-memory map.
 */
import { hashToken, loadUsersByTokenHash, type User } from '../../data/users.js';
import type { Workspace } from '../../data/workspace.js';

export type Principal = User;

export interface Authenticator {
  authenticate(token: string | undefined): Principal | undefined;
  reload(): Promise<void>;
}

export async function createAuthenticator(ws: Workspace): Promise<Authenticator> {
  let users = await loadUsersByTokenHash(ws);
  return {
    authenticate: (token) => (token ? users.get(hashToken(token)) : undefined),
    reload: async () => {
      users = await loadUsersByTokenHash(ws);
    },
  };
}

/** The territory a principal is limited to, or undefined when they may see every territory. */
export function territoryScope(principal: Principal): string | undefined {
  return principal.role === 'rep' ? (principal.territoryId ?? '\u0000no-territory') : undefined;
}

export const canAdminister = (principal: Principal): boolean => principal.role === 'admin';
