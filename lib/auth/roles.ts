/** Membership roles and what they may do. Pure. */
export const ROLES = ["owner", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export type Permission = "read" | "write" | "manage";

const granted: Record<Role, readonly Permission[]> = {
  owner: ["read", "write", "manage"],
  member: ["read", "write"],
  viewer: ["read"],
};

export function can(role: Role, permission: Permission): boolean {
  return granted[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
