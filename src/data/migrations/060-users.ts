/**
 * Who may use the server, and what they may see. A rep sees only the accounts, stakeholders and call list
 * of their own territory; analysts and admins see everything. Tokens are stored only as SHA-256 hashes.
 */
export const usersSchema = `
create table users (
  user_id varchar primary key, name varchar not null, role varchar not null, territory_id varchar,
  token_hash varchar not null unique, created_at timestamp not null
);
`;
