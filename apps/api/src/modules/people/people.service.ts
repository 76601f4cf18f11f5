import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import {
  DISPLAY_NAME_MAX_LENGTH,
  isValidEmail,
  normaliseEmail,
  PAGE_SIZE_MAX,
  PHONE_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from '@commons/shared';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.util';
import { pageOf } from '../../common/graphql/page.util';
import { isUniqueViolation } from '../../common/errors/pg-error.util';
import { optionalText } from '../../common/transforms/trim.transform';
import { AuditService } from '../audit/audit.service';
import { assertPasswordShape, AuthService } from '../auth/services/auth.service';
import { PasswordService } from '../auth/services/password.service';
import { SessionService } from '../auth/services/session.service';
import { LocationsService } from '../organisation/locations.service';
import { OrgUnitsService } from '../organisation/org-units.service';
import { CreatePersonInput } from './dto/create-person.input';
import { PeopleArgs } from './dto/people.args';
import { UpdateMyPreferencesInput } from './dto/update-my-preferences.input';
import { UpdatePersonInput } from './dto/update-person.input';
import { PeoplePolicy } from './people.policy';
import { DirectoryFilter, PeopleRepository } from './people.repository';
import { PersonConnection } from './person-connection.model';
import { Person } from './person.entity';

const emailTaken = () =>
  new AppError(ErrorCode.CONFLICT, 'Someone already has this e-mail address.', {
    field: 'email',
    reason: 'TAKEN',
  });

type Changes = Record<string, { from: unknown; to: unknown }>;

/** More words than this narrow nothing down and only cost time. */
const MAX_SEARCH_WORDS = 5;

/** The directory's cursor: the last row's (display_name, id). */
const CURSOR_TAG = 'people';

@Injectable()
export class PeopleService {
  constructor(
    private readonly repository: PeopleRepository,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly orgUnits: OrgUnitsService,
    private readonly locations: LocationsService,
  ) {}

  /**
   * The directory: keyset pagination over (display_name, id), so pages neither skip nor repeat people
   * while others are added; two statements (count and page) whatever the page size.
   */
  async list(viewer: Person, args: PeopleArgs): Promise<PersonConnection> {
    const first = Math.min(Math.max(args.first ?? 20, 1), PAGE_SIZE_MAX);
    const filter = this.directoryFilter(viewer, args);
    const after = args.after ? decodeCursor(CURSOR_TAG, args.after, ['text', 'uuid']) : null;
    const { rows, totalCount } = await this.repository.directoryPage(filter, after, first + 1);
    return {
      ...pageOf(rows, first, (node) => ({
        node,
        cursor: encodeCursor(CURSOR_TAG, [node.displayName, node.id]),
      })),
      totalCount,
    };
  }

  /** One person; NOT_FOUND when unknown or not visible to the viewer. */
  async get(viewer: Person, id: string): Promise<Person> {
    const person = isUUID(id) ? await this.repository.byId(id) : null;
    if (!person || !PeoplePolicy.for(viewer).canSee(person)) throw notFound('Person');
    return person;
  }

  async create(actor: Person, input: CreatePersonInput): Promise<Person> {
    PeoplePolicy.for(actor).assertCanManage();
    const email = checkedEmail(input.email);
    const displayName = checkedDisplayName(input.displayName);
    if (input.password != null) assertPasswordShape('password', input.password);
    // Hash before the transaction: no locks held during the slow part.
    const hash = input.password != null ? await this.passwords.hash(input.password) : null;

    return this.repository.transaction(async (manager) => {
      await this.orgUnits.activeUnit(manager, input.orgUnitId, 'orgUnitId');
      if (input.locationId != null)
        await this.locations.activeLocation(manager, input.locationId, 'locationId');
      const person = await orConflict(() =>
        this.repository.create(manager, {
          email,
          displayName,
          title: withinLength('title', optionalText(input.title) ?? null, TITLE_MAX_LENGTH),
          phone: withinLength('phone', optionalText(input.phone) ?? null, PHONE_MAX_LENGTH),
          orgUnitId: input.orgUnitId,
          locationId: input.locationId ?? null,
          role: input.role,
          language: input.language,
        }),
      );
      if (hash) await this.auth.setPasswordHash(manager, person.id, hash);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'person.create',
        targetType: 'person',
        targetId: person.id,
        details: {
          email,
          displayName,
          orgUnitId: person.orgUnitId,
          locationId: person.locationId,
          role: person.role,
          passwordSet: hash !== null,
        },
      });
      return person;
    });
  }

  async update(actor: Person, id: string, input: UpdatePersonInput): Promise<Person> {
    const policy = PeoplePolicy.for(actor);
    policy.assertCanManage();
    if (input.password != null) assertPasswordShape('password', input.password);
    const hash = input.password != null ? await this.passwords.hash(input.password) : null;

    return this.repository.transaction(async (manager) => {
      const person = await this.locked(manager, id);
      const changes: Changes = {};
      const set = <K extends keyof Person>(key: K, value: Person[K]) => {
        if (value !== person[key]) {
          changes[key] = { from: person[key], to: value };
          person[key] = value;
        }
      };
      if (input.email != null) set('email', checkedEmail(input.email));
      if (input.displayName != null) set('displayName', checkedDisplayName(input.displayName));
      if (input.title !== undefined)
        set('title', withinLength('title', optionalText(input.title) ?? null, TITLE_MAX_LENGTH));
      if (input.phone !== undefined)
        set('phone', withinLength('phone', optionalText(input.phone) ?? null, PHONE_MAX_LENGTH));
      if (input.orgUnitId != null && input.orgUnitId !== person.orgUnitId) {
        await this.orgUnits.activeUnit(manager, input.orgUnitId, 'orgUnitId');
        set('orgUnitId', input.orgUnitId);
      }
      if (input.locationId === null) set('locationId', null);
      else if (input.locationId !== undefined && input.locationId !== person.locationId) {
        await this.locations.activeLocation(manager, input.locationId, 'locationId');
        set('locationId', input.locationId);
      }
      if (input.role != null && input.role !== person.role) {
        policy.assertNotSelf(person);
        set('role', input.role);
      }
      if (input.language != null) set('language', input.language);

      if (Object.keys(changes).length > 0) await orConflict(() => this.repository.save(manager, person));
      if (hash) {
        await this.auth.setPasswordHash(manager, person.id, hash);
        // A password set by someone else: whoever held the old one is signed out.
        await this.sessions.endAllFor(manager, person.id);
        changes['password'] = { from: null, to: 'set' };
      }
      if (Object.keys(changes).length > 0) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'person.update',
          targetType: 'person',
          targetId: id,
          details: changes,
        });
      }
      return person;
    });
  }

  /** Deactivation and the end of every session of that person commit together: access stops at once. */
  async deactivate(actor: Person, id: string): Promise<Person> {
    const policy = PeoplePolicy.for(actor);
    policy.assertCanManage();
    return this.repository.transaction(async (manager) => {
      const person = await this.locked(manager, id);
      policy.assertNotSelf(person);
      if (person.deactivatedAt) return person;
      person.deactivatedAt = new Date();
      await this.repository.save(manager, person);
      const sessionsEnded = await this.sessions.endAllFor(manager, person.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'person.deactivate',
        targetType: 'person',
        targetId: id,
        details: { sessionsEnded },
      });
      return person;
    });
  }

  async reactivate(actor: Person, id: string): Promise<Person> {
    PeoplePolicy.for(actor).assertCanManage();
    return this.repository.transaction(async (manager) => {
      const person = await this.locked(manager, id);
      if (!person.deactivatedAt) return person;
      person.deactivatedAt = null;
      await this.repository.save(manager, person);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'person.reactivate',
        targetType: 'person',
        targetId: id,
        details: {},
      });
      return person;
    });
  }

  /** Anyone's own preferences; not audited (nothing anyone else relies on). */
  async updateMyPreferences(me: Person, input: UpdateMyPreferencesInput): Promise<Person> {
    if (input.language != null && input.language !== me.language) {
      await this.repository.setLanguage(me.id, input.language);
    }
    return this.repository.byIdOrFail(me.id);
  }

  /** Which people the viewer's directory query covers. */
  private directoryFilter(viewer: Person, args: PeopleArgs): DirectoryFilter {
    if (args.orgUnitId && !isUUID(args.orgUnitId))
      throw badInput('orgUnitId', 'UNKNOWN_ORG_UNIT', 'No such org unit.');
    return {
      activeOnly: !(args.includeInactive && PeoplePolicy.for(viewer).canSeeInactive()),
      // Every word must appear in the name, title or e-mail: "anna handl" finds Anna the case handler.
      words: (args.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS),
      orgUnitId: args.orgUnitId || null,
    };
  }

  private async locked(manager: EntityManager, id: string): Promise<Person> {
    const person = isUUID(id) ? await this.repository.locked(manager, id) : null;
    if (!person) throw notFound('Person');
    return person;
  }
}

function checkedEmail(raw: string): string {
  const email = normaliseEmail(raw);
  if (!isValidEmail(email)) throw badInput('email', 'INVALID_EMAIL', 'This is not an e-mail address.');
  return email;
}

function checkedDisplayName(raw: string): string {
  const name = raw.trim();
  if (!name) throw badInput('displayName', 'REQUIRED', 'A name is required.');
  return withinLength('displayName', name, DISPLAY_NAME_MAX_LENGTH);
}

/** The same limits the input types declare, held here too so no caller can skip them. */
function withinLength<T extends string | null | undefined>(field: string, value: T, max: number): T {
  if (value != null && value.length > max) throw badInput(field, 'TOO_LONG', `At most ${max} characters.`);
  return value;
}

async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'person_email_uq')) throw emailTaken();
    throw error;
  }
}
