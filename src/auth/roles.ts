/** The roles an API key can carry. An editor may also read. */
export const ROLES = ['reader', 'editor'] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);

/** The roles a key of `role` holds: editor implies reader. */
export function rolesOf(role: Role): ReadonlySet<Role> {
  return new Set<Role>(role === 'editor' ? ['reader', 'editor'] : ['reader']);
}
