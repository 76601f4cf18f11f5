import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode, notFound } from '../../../common/errors/app-error';
import { isUniqueViolation } from '../../../common/errors/pg-error.util';
import { AuditService } from '../../audit/audit.service';
import type { Person } from '../../people/person.entity';
import { ArticlesPolicy } from '../articles.policy';
import { CreateTopicInput, TOPIC_SLUG_MAX_LENGTH } from '../dto/create-topic.input';
import { Topic } from './topic.entity';

/** Topics: listed for everyone, created by editors. */
@Injectable()
export class TopicsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Topic[]> {
    return this.dataSource.getRepository(Topic).find({ order: { nameSv: 'ASC', id: 'ASC' } });
  }

  async bySlug(slug: string): Promise<Topic> {
    const topic = await this.dataSource
      .getRepository(Topic)
      .findOne({ where: { slug: slug.trim().toLowerCase() } });
    if (!topic) throw notFound('Topic');
    return topic;
  }

  async create(actor: Person, input: CreateTopicInput): Promise<Topic> {
    ArticlesPolicy.for(actor).assertEditor();
    const slug = input.slug ?? slugify(input.nameSv);
    if (!slug)
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give the topic an address (slug).', {
        field: 'slug',
        reason: 'REQUIRED',
      });
    return this.dataSource.transaction(async (manager) => {
      let topic: Topic;
      try {
        topic = await manager.save(
          manager.create(Topic, { slug, nameSv: input.nameSv, nameEn: input.nameEn }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError(ErrorCode.CONFLICT, 'A topic with this address exists.', {
            field: 'slug',
            reason: 'TAKEN',
          });
        }
        throw error;
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'topic.create',
        targetType: 'topic',
        targetId: topic.id,
        details: { slug, nameSv: input.nameSv, nameEn: input.nameEn },
      });
      return topic;
    });
  }
}

/** "Arbetsmiljö & hälsa" → "arbetsmiljo-halsa". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, TOPIC_SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}
