import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import { PeopleRepository } from './people.repository';
import type { Person } from './person.entity';

/**
 * People by id for the current request: authors, reporters, reactors, members and voters across every
 * domain come through here, so a page of any list costs one statement for everyone on it.
 */
@Injectable()
export class PeopleLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly people: PeopleRepository,
  ) {}

  person(request: object): DataLoader<string, Person | null> {
    return this.loaders.get(request, 'people.person', async (ids: readonly string[]) =>
      byKey(ids, await this.people.byIds(ids), (p) => p.id),
    );
  }
}
