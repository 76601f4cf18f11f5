import { Injectable } from '@nestjs/common';
import { BaseRepository } from '../../database/base.repository';
import { Person } from './person.entity';

/** Where the people domain reaches PostgreSQL. */
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
}
