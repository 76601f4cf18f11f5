import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  DISPLAY_NAME_MAX_LENGTH,
  isValidEmail,
  normaliseEmail,
  PAGE_SIZE_MAX,
  PHONE_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from '@commons/shared';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../common/errors/pg-error.util';
import { optionalText } from '../../common/transforms/trim.transform';
import { AuditService } from '../audit/audit.service';
import { assertPasswordShape, AuthService } from '../auth/auth.service';
import { PasswordService } from '../auth/password.service';
import { SessionService } from '../auth/session.service';
import { LocationsService } from '../organisation/locations.service';
import { OrgUnitsService } from '../organisation/org-units.service';
import { CreatePersonInput } from './dto/create-person.input';
import { PeopleArgs } from './dto/people.args';
import { UpdateMyPreferencesInput } from './dto/update-my-preferences.input';
import { UpdatePersonInput } from './dto/update-person.input';
import { decodeCursor, encodeCursor, likePattern } from './people.cursor.util';
import { PeoplePolicy } from './people.policy';
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

@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
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
    const filtered = () => this.filteredPeople(viewer, args);

    const page = filtered()
      .orderBy('p.display_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(first + 1);
    if (args.after) {
      const cursor = decodeCursor(args.after);
      page.andWhere('(p.display_name, p.id) > (:afterName, :afterId)', {
        afterName: cursor.displayName,
        afterId: cursor.id,
      });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node) }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** One person; NOT_FOUND when unknown or not visible to the viewer. */
  async get(viewer: Person, id: string): Promise<Person> {
    const person = isUUID(id) ? await this.dataSource.getRepository(Person).findOne({ where: { id } }) : null;
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

    return this.dataSource.transaction(async (manager) => {
      await this.orgUnits.activeUnit(manager, input.orgUnitId, 'orgUnitId');
      if (input.locationId != null)
        await this.locations.activeLocation(manager, input.locationId, 'locationId');
      const person = await orConflict(() =>
        manager.save(
          manager.create(Person, {
            email,
            displayName,
            title: withinLength('title', optionalText(input.title) ?? null, TITLE_MAX_LENGTH),
            phone: withinLength('phone', optionalText(input.phone) ?? null, PHONE_MAX_LENGTH),
            orgUnitId: input.orgUnitId,
            locationId: input.locationId ?? null,
            role: input.role,
            language: input.language,
          }),
        ),
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

    return this.dataSource.transaction(async (manager) => {
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

      if (Object.keys(changes).length > 0) await orConflict(() => manager.save(person));
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
    return this.dataSource.transaction(async (manager) => {
      const person = await this.locked(manager, id);
      policy.assertNotSelf(person);
      if (person.deactivatedAt) return person;
      person.deactivatedAt = new Date();
      await manager.save(person);
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
    return this.dataSource.transaction(async (manager) => {
      const person = await this.locked(manager, id);
      if (!person.deactivatedAt) return person;
      person.deactivatedAt = null;
      await manager.save(person);
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
    const repository = this.dataSource.getRepository(Person);
    if (input.language != null && input.language !== me.language) {
      await repository.update({ id: me.id }, { language: input.language });
    }
    return repository.findOneOrFail({ where: { id: me.id } });
  }

  private filteredPeople(viewer: Person, args: PeopleArgs): SelectQueryBuilder<Person> {
    const query = this.dataSource.getRepository(Person).createQueryBuilder('p');
    if (!(args.includeInactive && PeoplePolicy.for(viewer).canSeeInactive()))
      query.andWhere('p.deactivated_at IS NULL');
    // Every word must appear in the name, title or e-mail: "anna handl" finds Anna the case handler.
    // ILIKE '%…%' is served by the pg_trgm GIN indexes on display_name, email and title.
    const words = (args.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
    words.forEach((word, i) => {
      query.andWhere(`(p.display_name ILIKE :q${i} OR p.email ILIKE :q${i} OR p.title ILIKE :q${i})`, {
        [`q${i}`]: likePattern(word),
      });
    });
    if (args.orgUnitId) {
      if (!isUUID(args.orgUnitId)) throw badInput('orgUnitId', 'UNKNOWN_ORG_UNIT', 'No such org unit.');
      query.andWhere(
        `p.org_unit_id IN (
           WITH RECURSIVE sub AS (
             SELECT id, 0 AS depth FROM org_unit WHERE id = :unitId
             UNION ALL
             SELECT o.id, sub.depth + 1 FROM org_unit o JOIN sub ON o.parent_id = sub.id WHERE sub.depth < 50
           ) SELECT id FROM sub)`,
        { unitId: args.orgUnitId },
      );
    }
    return query;
  }

  private async locked(manager: EntityManager, id: string): Promise<Person> {
    const person = isUUID(id)
      ? await manager.findOne(Person, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
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
