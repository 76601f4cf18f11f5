import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, notFound } from '../../../common/errors/app-error';
import { isUniqueViolation } from '../../../common/errors/pg-error.util';
import { AuditService } from '../../audit/audit.service';
import type { Person } from '../../people/person.entity';
import { ArticlesPolicy } from '../articles.policy';
import { CreateTopicInput, TOPIC_SLUG_MAX_LENGTH } from '../dto/create-topic.input';
import { Topic } from './topic.entity';
import { TopicsRepository } from './topics.repository';

/** Topics: listed for everyone, created by editors. */
@Injectable()
export class TopicsService {
  constructor(
    private readonly topics: TopicsRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Topic[]> {
    return this.topics.list();
  }

  async bySlug(slug: string): Promise<Topic> {
    const topic = await this.topics.bySlug(slug.trim().toLowerCase());
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
    return this.topics.transaction(async (manager) => {
      let topic: Topic;
      try {
        topic = await this.topics.insert({ slug, nameSv: input.nameSv, nameEn: input.nameEn }, manager);
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
