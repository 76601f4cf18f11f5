import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../../database/base.repository';
import { Topic } from './topic.entity';

/** Where topics and the topics of articles are read and written. */
@Injectable()
export class TopicsRepository extends BaseRepository {
  list(): Promise<Topic[]> {
    return this.dataSource.getRepository(Topic).find({ order: { nameSv: 'ASC', id: 'ASC' } });
  }

  bySlug(slug: string): Promise<Topic | null> {
    return this.dataSource.getRepository(Topic).findOne({ where: { slug } });
  }

  /** Saves a new topic; a taken slug fails with PostgreSQL's unique violation. */
  insert(fields: Pick<Topic, 'slug' | 'nameSv' | 'nameEn'>, manager: EntityManager): Promise<Topic> {
    return manager.save(manager.create(Topic, fields));
  }

  /** Of these ids (uuids only), those of existing topics. */
  async existingIds(ids: readonly string[], manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM topic WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    return rows.map((r) => r.id);
  }

  /** The topics of each of these articles, by Swedish name. */
  async byArticleIds(articleIds: readonly string[]): Promise<{ articleId: string; topic: Topic }[]> {
    const rows: {
      article_id: string;
      id: string;
      slug: string;
      name_sv: string;
      name_en: string;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT at.article_id, t.id, t.slug, t.name_sv, t.name_en, t.created_at
           FROM article_topic at JOIN topic t ON t.id = at.topic_id
          WHERE at.article_id = ANY($1::uuid[])
          ORDER BY t.name_sv, t.id`,
      [articleIds],
    );
    return rows.map((r) => ({
      articleId: r.article_id,
      topic: Object.assign(new Topic(), {
        id: r.id,
        slug: r.slug,
        nameSv: r.name_sv,
        nameEn: r.name_en,
        createdAt: r.created_at,
      }),
    }));
  }
}
