import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ContentKind = 'ARTICLE' | 'POST' | 'COMMENT';

/**
 * One row per article, post or comment: the single foreign-key target for reactions, comments,
 * views and reports, and where moderation state lives. The kind-specific row (e.g. `article`)
 * shares its id.
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

  /** The space a post (or a comment on one) belongs to; null for news. */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;
}
