import { Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'article_topic' })
export class ArticleTopic {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId!: string;
}
