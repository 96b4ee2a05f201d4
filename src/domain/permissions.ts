/**
 * Who may do what. Owners administer the workspace (settings, members); members do the day-to-day work; viewers
 * read everything and change nothing.
 */
import { DomainError } from "./errors.ts";

export const ROLES = ["owner", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export type Permission = "read" | "write" | "admin";

export interface Actor {
  userId: string;
  memberId: string;
  workspaceId: string;
  role: Role;
}

const GRANTS: Record<Role, readonly Permission[]> = {
  owner: ["read", "write", "admin"],
  member: ["read", "write"],
  viewer: ["read"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Throws `forbidden` unless the actor's role grants the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new DomainError("forbidden", `role ${actor.role} may not ${permission} here`);
  }
}
