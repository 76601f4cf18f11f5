import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ContentKind = 'ARTICLE' | 'POST' | 'COMMENT';

/**
 * One row per article, post or comment: the single foreign-key target for reactions, views and
 * reports. The kind-specific row (e.g. `article`) shares its id.
 */
@Entity({ name: 'content_item' })
export class ContentItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ContentKind;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
