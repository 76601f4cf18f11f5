/** Roles, from least to most privileged. Stored as text in `person.role`. */
export enum Role {
  EMPLOYEE = 'EMPLOYEE',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

/** The roles that edit news and moderate everywhere. Every role check goes through these two. */
export const EDITOR_ROLES: readonly Role[] = [Role.EDITOR, Role.ADMIN];

/** A role as the API's entities hold it (the enum) or as the web's generated types spell it (the text). */
export type RoleValue = Role | `${Role}`;

/** Editors and administrators: they edit and publish news and moderate everywhere. */
export function isEditorRole(role: RoleValue): boolean {
  return (EDITOR_ROLES as readonly RoleValue[]).includes(role);
}

/** Administrators: they manage people, the organisation and locations. */
export function isAdminRole(role: RoleValue): boolean {
  return role === Role.ADMIN;
}

/** Interface languages. Stored as text in `person.language`. */
export enum Language {
  SV = 'sv',
  EN = 'en',
}

export const LANGUAGES: readonly Language[] = [Language.SV, Language.EN];
export const DEFAULT_LANGUAGE = Language.SV;

/** Kinds of org unit, from the top of the tree down. */
export enum OrgUnitKind {
  AGENCY = 'AGENCY',
  DEPARTMENT = 'DEPARTMENT',
  UNIT = 'UNIT',
}
