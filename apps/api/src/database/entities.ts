import { articleEntities } from '../modules/articles/article-entities';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { Credential } from '../modules/auth/credential.entity';
import { LoginFailure } from '../modules/auth/login-failure.entity';
import { Session } from '../modules/auth/session.entity';
import { Location } from '../modules/organisation/location.entity';
import { OrgUnit } from '../modules/organisation/org-unit.entity';
import { Person } from '../modules/people/person.entity';

/** Every entity, listed explicitly (globs do not survive the webpack bundle). */
export const entities = [
  OrgUnit,
  Location,
  Person,
  Credential,
  Session,
  LoginFailure,
  AuditEntry,
  ...articleEntities,
];
