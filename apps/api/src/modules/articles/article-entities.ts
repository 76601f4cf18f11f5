import { ArticleGalleryImage } from './entities/article-gallery-image.entity';
import { ArticleRevision } from './entities/article-revision.entity';
import { ArticleTopic } from './entities/article-topic.entity';
import { Article } from './article.entity';
import { Topic } from './topics/topic.entity';
import { ContentItem } from '../content/content-item.entity';

/** The articles module's tables, listed for database/entities.ts (no globs in the bundle). */
export const articleEntities = [
  ContentItem,
  Topic,
  Article,
  ArticleTopic,
  ArticleGalleryImage,
  ArticleRevision,
];
