import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * What every module's `*.repository.ts` extends: the one place a domain reaches PostgreSQL.
 * Hand-written SQL where a path is hot (a fixed number of statements whatever the page size),
 * TypeORM's repositories and query builder where it is plain CRUD. Services hold the rules and open
 * transactions through `transaction()`; a repository method that may run inside one takes the
 * transaction's manager as its optional last parameter (`db(manager)` picks it or the pool).
 */
@Injectable()
export abstract class BaseRepository {
  constructor(protected readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; pass its manager to the repository calls inside. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The transaction's manager when given one, otherwise the pool's. */
  protected db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }
}
