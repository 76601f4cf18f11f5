import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Article } from '../articles/article.entity';
import { ImageModel } from './image.model';
import { MEDIA_DEFAULT_SIZES } from './media.constants';
import { MediaLoader } from './media.loader';
import { MediaRow } from './media-row';
import { fallbackUrl, mediaUrl, srcSetOf } from './utils/media-urls.util';

/** An image row as placed, with the alt text of its place. */
export function toImage(row: MediaRow, alt: string): ImageModel {
  return {
    id: row.id,
    alt,
    url: fallbackUrl(row.storage_key, row.variants),
    width: row.width ?? 0,
    height: row.height ?? 0,
    srcSet: srcSetOf(row.storage_key, row.variants, 'webp'),
    avifSrcSet: srcSetOf(row.storage_key, row.variants, 'avif'),
    sizes: MEDIA_DEFAULT_SIZES,
  };
}

/** The media fields of an article. Visibility of the article itself is decided before these run. */
@Resolver(() => Article)
export class ArticleMediaResolver {
  constructor(private readonly loaders: MediaLoader) {}

  @ResolveField(() => ImageModel, { nullable: true, description: 'The cover image with its alt text.' })
  async cover(@Parent() article: Article, @Context('req') req: object): Promise<ImageModel | null> {
    if (!article.coverMediaId) return null;
    const row = await this.loaders.media(req).load(article.coverMediaId);
    return row && row.kind === 'IMAGE' ? toImage(row, article.coverAlt ?? '') : null;
  }

  @ResolveField(() => [ImageModel], { description: 'Gallery images in order, each with its alt text.' })
  async gallery(@Parent() article: Article, @Context('req') req: object): Promise<ImageModel[]> {
    const entries = await this.loaders.gallery(req).load(article.id);
    return entries.filter((e) => e.media.kind === 'IMAGE').map((e) => toImage(e.media, e.alt));
  }

  @ResolveField(() => String, { nullable: true, description: 'The WebVTT captions of a video article.' })
  async captionsUrl(@Parent() article: Article, @Context('req') req: object): Promise<string | null> {
    if (!article.captionsMediaId) return null;
    const row = await this.loaders.media(req).load(article.captionsMediaId);
    const file = row?.kind === 'CAPTIONS' ? row.variants[0] : undefined;
    return row && file ? mediaUrl(row.storage_key, file.file) : null;
  }
}
