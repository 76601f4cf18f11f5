/** Roles, from least to most privileged. Stored as text in `person.role`. */
export enum Role {
  EMPLOYEE = 'EMPLOYEE',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

/** The roles that edit news and moderate everywhere. Every role check goes through these two. */
export const EDITOR_ROLES: readonly Role[] = [Role.EDITOR, Role.ADMIN];

/** Editors and administrators: they edit and publish news and moderate everywhere. */
export function isEditorRole(role: Role): boolean {
  return EDITOR_ROLES.includes(role);
}

/** Administrators: they manage people, the organisation and locations. */
export function isAdminRole(role: Role): boolean {
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
