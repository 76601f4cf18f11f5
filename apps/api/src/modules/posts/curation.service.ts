import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ARTICLE_BYLINE_MAX_LENGTH, ARTICLE_TITLE_MAX_LENGTH, Article } from '../articles/article.entity';
import { ArticlesService } from '../articles/articles.service';
import { ArticleInput } from '../articles/dto/article.input';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { visibleText } from '../../common/sanitising/html-sanitiser';
import { AuditService } from '../audit/audit.service';
import type { Person } from '../people/person.entity';
import { PostsPolicy } from './posts.policy';
import { PostsService } from './posts.service';

/**
 * Curation: editors turn a staff post into a news draft. The draft goes through ArticlesService
 * (the editor is its author, so the editorial lifecycle and revisions apply as for any article);
 * attribution is kept three ways: the byline names the original author and space, the body ends
 * with a link to the source post, and post_promotion records post, original author and editor
 * (Article.promotedFrom).
 */
@Injectable()
export class CurationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticlesService,
    private readonly posts: PostsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Editors; NOT_FOUND for a post they cannot see; FORBIDDEN for anyone else; CONFLICT
   * (ALREADY_PROMOTED) for a post that already became a draft. The post row stays locked while the
   * draft is written, so a double click makes one draft. ArticlesService writes the draft in its own
   * transaction (it owns the article rules); should recording the promotion then fail, an
   * unattributed draft is left for the editor, never a promotion without its draft.
   */
  async promote(actor: Person, postId: string): Promise<Article> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.posts.locked(manager, actor, postId);
      PostsPolicy.for(actor).assert(PostsPolicy.for(actor).canCurate());
      const [promoted] = await manager.query(`SELECT article_id FROM post_promotion WHERE post_id = $1`, [
        post.id,
      ]);
      if (promoted)
        throw new AppError(ErrorCode.CONFLICT, 'This post is already a news draft.', {
          reason: 'ALREADY_PROMOTED',
        });
      const [source]: { author_name: string; space_name: string }[] = await manager.query(
        `SELECT a.display_name AS author_name, s.name AS space_name FROM person a, space s WHERE a.id = $1 AND s.id = $2`,
        [post.authorId, post.spaceId],
      );
      const images: { media_id: string; alt: string }[] = await manager.query(
        `SELECT media_id, alt FROM post_image WHERE post_id = $1 ORDER BY position`,
        [post.id],
      );
      const text = visibleText(post.bodyHtml);
      const input = Object.assign(new ArticleInput(), {
        title:
          titleFrom(text) || `${source.author_name}: ${source.space_name}`.slice(0, ARTICLE_TITLE_MAX_LENGTH),
        bodyHtml: [
          post.bodyHtml,
          post.link ? `<p><a href="${escapeAttribute(post.link)}">${escapeText(post.link)}</a></p>` : '',
          `<p><em>Originally posted by ${escapeText(source.author_name)} in ${escapeText(source.space_name)}.</em></p>`,
        ].join(''),
        byline: `${source.author_name} (${source.space_name})`.slice(0, ARTICLE_BYLINE_MAX_LENGTH),
        ...(images.length ? { gallery: images.map((i) => ({ mediaId: i.media_id, alt: i.alt })) } : {}),
      });
      const article = await this.articles.create(actor, input);
      await manager.query(
        `INSERT INTO post_promotion (article_id, post_id, original_author_id, promoted_by) VALUES ($1, $2, $3, $4)`,
        [article.id, post.id, post.authorId, actor.id],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'post.promote',
        targetType: 'post',
        targetId: post.id,
        details: { articleId: article.id, originalAuthorId: post.authorId },
      });
      return article;
    });
  }
}

/** The first sentence (or words) of the post, within the title limit. */
function titleFrom(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? '';
  const limit = Math.min(ARTICLE_TITLE_MAX_LENGTH, 120);
  if (sentence.length <= limit) return sentence;
  const cut = sentence.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}
