import type { MethodKind } from './method-spec';

/**
 * Who calls, by the token they hold in browser mode (Electron's own window is always the operator).
 * readonly: the stage display; desk: the spokesperson's desk view; submit: the reporters' phone page.
 */
export const CALLER_ROLES = ['operator', 'readonly', 'desk', 'submit'] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];
/** Every role but the operator's, which may call everything. */
export type GuestRole = Exclude<CallerRole, 'operator'>;

/** What of a method's spec decides who may call it. */
export interface RoleRule {
  kind: MethodKind;
  operatorOnly?: boolean;
  roles?: readonly GuestRole[];
}

/** Reads are for the displays (stage and desk) unless they reveal internal material; writes are the operator's. */
const DEFAULT_READ_ROLES: readonly GuestRole[] = ['readonly', 'desk'];

/** The roles besides the operator that may call a method: its `roles`, else the defaults above. */
export function guestRolesOf(rule: RoleRule): readonly GuestRole[] {
  if (rule.roles) return rule.roles;
  if (rule.kind !== 'read' || rule.operatorOnly === true) return [];
  return DEFAULT_READ_ROLES;
}

export function mayCall(rule: RoleRule, role: CallerRole): boolean {
  return role === 'operator' || guestRolesOf(rule).includes(role);
}
