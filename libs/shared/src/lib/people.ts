/** Roles, from least to most privileged. Stored as text in `person.role`. */
export enum Role {
  EMPLOYEE = 'EMPLOYEE',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
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
