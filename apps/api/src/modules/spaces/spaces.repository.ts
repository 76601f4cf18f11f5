import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { returning } from '../../database/returning.util';
import { likePattern } from '../people/like-pattern.util';
import { SpaceScope } from './dto/spaces.args';
import { SPACE_COLUMNS, Space, SpaceRow, toSpace } from './space.model';
import { visibleSpaceSql } from './spaces.policy';

/** The columns a space write sets. */
export type SpaceFields = Pick<Space, 'name' | 'description' | 'visibility' | 'coverMediaId' | 'coverAlt'>;

/**
 * Where spaces themselves reach PostgreSQL (the `space` table). Hand-written SQL: the list's
 * visibility rule is SQL shared with other domains (spaces.policy.ts). Memberships:
 * space-membership.repository.ts.
 */
@Injectable()
export class SpacesRepository extends BaseRepository {
  /** Spaces by id, in no particular order; unknown ids are left out. Unfiltered: callers apply SpacesPolicy. */
  async byIds(ids: readonly string[]): Promise<Space[]> {
    const rows: SpaceRow[] = await this.dataSource.query(
      `SELECT ${SPACE_COLUMNS} FROM space WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toSpace);
  }

  /**
   * The space, or null. `lock` takes FOR NO KEY UPDATE (the caller's transaction holds it): writes
   * to one space queue up, while posts keep being written in it (their foreign keys only take a
   * key-share lock).
   */
  async byId(manager: EntityManager | undefined, id: string, lock = false): Promise<Space | null> {
    const [row]: SpaceRow[] = await this.db(manager).query(
      `SELECT ${SPACE_COLUMNS} FROM space WHERE id = $1 ${lock ? 'FOR NO KEY UPDATE' : ''}`,
      [id],
    );
    return row ? toSpace(row) : null;
  }

  /**
   * A page of the spaces the viewer may see, by lower(name) then id, after `after` (the last row's
   * lower(name) and id); each with its sort name for the cursor. One statement.
   */
  async page(
    viewerId: string,
    filter: { scope: SpaceScope; search: string | null },
    after: readonly [sortName: string, id: string] | null,
    limit: number,
  ): Promise<{ space: Space; sortName: string }[]> {
    const params: unknown[] = [viewerId];
    const where = [visibleSpaceSql('s', '$1')];
    const mine = `EXISTS (SELECT 1 FROM space_member mm WHERE mm.space_id = s.id AND mm.person_id = $1 AND mm.status = 'ACTIVE')`;
    if (filter.scope === SpaceScope.MINE) where.push(mine);
    if (filter.scope === SpaceScope.DISCOVER) where.push(`NOT ${mine}`);
    if (filter.search) {
      params.push(likePattern(filter.search));
      where.push(`(s.name ILIKE $${params.length} OR s.description ILIKE $${params.length})`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(lower(s.name), s.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit);
    const rows: (SpaceRow & { sort_name: string })[] = await this.dataSource.query(
      `SELECT ${SPACE_COLUMNS.split(', ')
        .map((c) => `s.${c}`)
        .join(', ')}, lower(s.name) AS sort_name
         FROM space s WHERE ${where.join(' AND ')}
        ORDER BY lower(s.name), s.id LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({ space: toSpace(row), sortName: row.sort_name }));
  }

  async insert(manager: EntityManager, fields: SpaceFields & { createdBy: string }): Promise<Space> {
    const [row]: SpaceRow[] = await manager.query(
      `INSERT INTO space (name, description, visibility, cover_media_id, cover_alt, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${SPACE_COLUMNS}`,
      [
        fields.name,
        fields.description,
        fields.visibility,
        fields.coverMediaId,
        fields.coverAlt,
        fields.createdBy,
      ],
    );
    return toSpace(row);
  }

  /** Writes every field of `space` (the caller changed some of them). */
  async update(manager: EntityManager, id: string, space: SpaceFields): Promise<Space> {
    const [row] = await returning<SpaceRow>(
      manager,
      `UPDATE space SET name = $2, description = $3, visibility = $4, cover_media_id = $5, cover_alt = $6, updated_at = now()
        WHERE id = $1 RETURNING ${SPACE_COLUMNS}`,
      [id, space.name, space.description, space.visibility, space.coverMediaId, space.coverAlt],
    );
    return toSpace(row);
  }
}
