import { createUnionType, Field, ID, ObjectType } from '@nestjs/graphql';
import { Article } from '../articles/article.entity';
import { Connection } from '../../common/graphql/connection.model';

/** A staff post in a space (or a share, when sharedItemId is set). Its id is its content_item id. */
@ObjectType('Post', {
  description: 'A staff post in a space: text, images, a link, a poll, or a share of an article or post.',
})
export class Post {
  @Field(() => ID)
  id!: string;

  spaceId!: string;
  authorId!: string;

  @Field({
    description: 'Sanitised HTML (light formatting): safe to render as is. Empty for a deleted post.',
  })
  bodyHtml!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) link the author attached.' })
  link!: string | null;

  sharedItemId!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Featured by an editor (listed in featuredPosts) since.',
  })
  featuredAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last edited by its author; null if never.' })
  editedAt!: Date | null;

  deletedAt!: Date | null;
}

export interface PostRow {
  id: string;
  space_id: string;
  author_id: string;
  body_html: string;
  link_url: string | null;
  shared_item_id: string | null;
  featured_at: Date | null;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
}

export const POST_COLUMNS =
  'id, space_id, author_id, body_html, link_url, shared_item_id, featured_at, created_at, edited_at, deleted_at';
export const postColumns = (alias: string): string =>
  POST_COLUMNS.split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');

export function toPost(row: PostRow): Post {
  return Object.assign(new Post(), {
    id: row.id,
    spaceId: row.space_id,
    authorId: row.author_id,
    bodyHtml: row.body_html,
    link: row.link_url,
    sharedItemId: row.shared_item_id,
    featuredAt: row.featured_at,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
  });
}

export const SharedItem = createUnionType({
  name: 'SharedItem',
  description: 'What a share points at: an article or a post.',
  types: () => [Article, Post] as const,
  resolveType: (value: object) => (value instanceof Post ? Post : Article),
});

@ObjectType({ description: 'A page of posts, newest first; keyset cursors.' })
export class PostConnection extends Connection(() => Post, 'Post') {}

/** Where a news draft came from: the staff post an editor promoted, and its original author. */
@ObjectType('PostPromotion')
export class PostPromotion {
  articleId!: string;
  postId!: string;
  originalAuthorId!: string;
  promotedById!: string;

  @Field(() => Date)
  promotedAt!: Date;
}
