import { Injectable } from '@nestjs/common';
import { ARTICLE_BYLINE_MAX_LENGTH, ARTICLE_TITLE_MAX_LENGTH, Article } from '../articles/article.entity';
import { ArticlesService } from '../articles/articles.service';
import { ArticleInput } from '../articles/dto/article.input';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { visibleText } from '../../common/sanitising/html-sanitiser';
import { AuditService } from '../audit/audit.service';
import type { Person } from '../people/person.entity';
import { PostsPolicy } from './posts.policy';
import { PostsRepository } from './posts.repository';
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
    private readonly repo: PostsRepository,
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
    return this.repo.transaction(async (manager) => {
      const post = await this.posts.locked(manager, actor, postId);
      PostsPolicy.for(actor).assert(PostsPolicy.for(actor).canCurate());
      if ((await this.repo.promotedArticleId(manager, post.id)) !== null)
        throw new AppError(ErrorCode.CONFLICT, 'This post is already a news draft.', {
          reason: 'ALREADY_PROMOTED',
        });
      const source = await this.repo.sourceNames(manager, post.authorId, post.spaceId);
      const images = await this.repo.images(manager, post.id);
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
      await this.repo.recordPromotion(manager, {
        articleId: article.id,
        postId: post.id,
        originalAuthorId: post.authorId,
        promotedById: actor.id,
      });
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
