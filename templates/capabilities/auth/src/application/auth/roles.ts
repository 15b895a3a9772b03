/** The roles this service knows and what each grants: admin ⊃ writer ⊃ reader. */
export const ROLES = ['reader', 'writer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const GRANTS: Readonly<Record<Role, readonly Role[]>> = {
  reader: ['reader'],
  writer: ['writer', 'reader'],
  admin: ['admin', 'writer', 'reader'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether roles held (unknown ones are ignored) include `required` or a role above it. */
export function grants(held: readonly string[], required: Role): boolean {
  return held.some((role) => isRole(role) && GRANTS[role].includes(required));
}
