import { Injectable } from '@nestjs/common';
import type { Language } from '@commons/shared';
import { DeepPartial, EntityManager, SelectQueryBuilder } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { likePattern } from './like-pattern.util';
import { Person } from './person.entity';

/** Which people a directory query covers; the service decides it from the viewer and the arguments. */
export interface DirectoryFilter {
  /** Leave out deactivated people. */
  activeOnly: boolean;
  /** Every word must appear in the name, title or e-mail. */
  words: readonly string[];
  /** Only people in this unit or any unit below it (a valid uuid). */
  orgUnitId: string | null;
}

/** Where the people domain reaches PostgreSQL: plain CRUD and the directory, through TypeORM. */
@Injectable()
export class PeopleRepository extends BaseRepository {
  /** The people with these ids, in no particular order; unknown ids are left out. */
  byIds(ids: readonly string[]): Promise<Person[]> {
    return this.dataSource
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids })
      .getMany();
  }

  byId(id: string): Promise<Person | null> {
    return this.dataSource.getRepository(Person).findOne({ where: { id } });
  }

  /**
   * One page of the directory in (display_name, id) order after `after` (a last row's name and id),
   * `limit` rows, and how many people the filter matches: two statements, run side by side.
   */
  async directoryPage(
    filter: DirectoryFilter,
    after: readonly [displayName: string, id: string] | null,
    limit: number,
  ): Promise<{ rows: Person[]; totalCount: number }> {
    const page = this.directory(filter)
      .orderBy('p.display_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit);
    if (after) {
      page.andWhere('(p.display_name, p.id) > (:afterName, :afterId)', {
        afterName: after[0],
        afterId: after[1],
      });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), this.directory(filter).getCount()]);
    return { rows, totalCount };
  }

  /** The person, locked for the rest of the transaction. */
  locked(manager: EntityManager, id: string): Promise<Person | null> {
    return manager.findOne(Person, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  create(manager: EntityManager, fields: DeepPartial<Person>): Promise<Person> {
    return manager.save(manager.create(Person, fields));
  }

  save(manager: EntityManager, person: Person): Promise<Person> {
    return manager.save(person);
  }

  async setLanguage(id: string, language: Language): Promise<void> {
    await this.dataSource.getRepository(Person).update({ id }, { language });
  }

  byIdOrFail(id: string): Promise<Person> {
    return this.dataSource.getRepository(Person).findOneOrFail({ where: { id } });
  }

  private directory(filter: DirectoryFilter): SelectQueryBuilder<Person> {
    const query = this.dataSource.getRepository(Person).createQueryBuilder('p');
    if (filter.activeOnly) query.andWhere('p.deactivated_at IS NULL');
    // ILIKE '%…%' is served by the pg_trgm GIN indexes on display_name, email and title.
    filter.words.forEach((word, i) => {
      query.andWhere(`(p.display_name ILIKE :q${i} OR p.email ILIKE :q${i} OR p.title ILIKE :q${i})`, {
        [`q${i}`]: likePattern(word),
      });
    });
    if (filter.orgUnitId) {
      query.andWhere(
        `p.org_unit_id IN (
           WITH RECURSIVE sub AS (
             SELECT id, 0 AS depth FROM org_unit WHERE id = :unitId
             UNION ALL
             SELECT o.id, sub.depth + 1 FROM org_unit o JOIN sub ON o.parent_id = sub.id WHERE sub.depth < 50
           ) SELECT id FROM sub)`,
        { unitId: filter.orgUnitId },
      );
    }
    return query;
  }
}
