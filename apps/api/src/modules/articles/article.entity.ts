import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language } from '@commons/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ArticleFormat, ArticleStatus } from './article.enums';
import { DateOnlyScalar } from './models/date-only.scalar';

/** Longest title, in characters (the table checks the same). */
export const ARTICLE_TITLE_MAX_LENGTH = 200;
export const ARTICLE_SUMMARY_MAX_LENGTH = 500;
export const ARTICLE_BYLINE_MAX_LENGTH = 200;
export const ARTICLE_BODY_MAX_BYTES = 500_000;
export const ARTICLE_ALT_MAX_LENGTH = 500;
export const ARTICLE_TEXT_ALTERNATIVE_MAX_LENGTH = 20_000;
export const ARTICLE_VIDEO_URL_MAX_LENGTH = 2000;
export const ARTICLE_REVIEW_COMMENT_MAX_LENGTH = 2000;

/**
 * A piece of news. Its id is its `content_item` id. Fields that need another table or the viewer
 * (author, topics, audience, cover, acknowledged, unread …) are resolved by each domain's
 * `@Resolver(() => Article)`; this class holds the row.
 */
@ObjectType({ description: 'A piece of news, in one language.' })
@Entity({ name: 'article' })
export class Article {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ArticleStatus)
  @Column({ type: 'text' })
  status!: ArticleStatus;

  @Field(() => ArticleFormat)
  @Column({ type: 'text' })
  format!: ArticleFormat;

  @Field(() => Language)
  @Column({ type: 'text' })
  language!: Language;

  /** Language versions of one piece of news share this id. */
  @Column({ name: 'translation_group_id', type: 'uuid' })
  translationGroupId!: string;

  /** Copied from content_item.author_id (never changes), so lists need no join to know the author. */
  @Field(() => ID)
  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  summary!: string;

  /** Undefined on feed cards, which are read without it; the GraphQL field: ArticlesResolver.bodyHtml. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  byline!: string | null;

  @Column({ name: 'cover_media_id', type: 'uuid', nullable: true })
  coverMediaId!: string | null;

  @Column({ name: 'cover_alt', type: 'text', nullable: true })
  coverAlt!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl!: string | null;

  @Column({ name: 'captions_media_id', type: 'uuid', nullable: true })
  captionsMediaId!: string | null;

  @Field(() => String, { nullable: true, description: 'The text version of an infographic (or any visual).' })
  @Column({ name: 'text_alternative', type: 'text', nullable: true })
  textAlternative!: string | null;

  /** Empty: everyone. Otherwise people in (or under) one of these units. */
  @Column({ name: 'audience_org_unit_ids', type: 'uuid', array: true })
  audienceOrgUnitIds!: string[];

  /** Empty: every location. Otherwise people at one of these locations. */
  @Column({ name: 'audience_location_ids', type: 'uuid', array: true })
  audienceLocationIds!: string[];

  @Field(() => Date, { nullable: true, description: 'When it is (or was) to be published.' })
  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it archives itself.' })
  @Column({ name: 'expire_at', type: 'timestamptz', nullable: true })
  expireAt!: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Field(() => DateOnlyScalar, {
    nullable: true,
    description: 'When editors should check it is still right.',
  })
  @Column({ name: 'review_by', type: 'date', nullable: true })
  reviewBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'Top of the targeted feeds until then.' })
  @Column({ name: 'pinned_until', type: 'timestamptz', nullable: true })
  pinnedUntil!: Date | null;

  @Field()
  @Column({ name: 'must_read', type: 'boolean' })
  mustRead!: boolean;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ name: 'must_read_due', type: 'date', nullable: true })
  mustReadDue!: string | null;

  @Field(() => Int, { description: 'Acknowledgements count for this version.' })
  @Column({ name: 'ack_version', type: 'int' })
  ackVersion!: number;

  @Field(() => String, { nullable: true, description: 'Why a reviewer sent it back.' })
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'readability_score', type: 'real', nullable: true })
  readabilityScore!: number | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
