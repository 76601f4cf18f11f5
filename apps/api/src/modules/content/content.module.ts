import { Module, OnModuleInit } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ArticleContentAccess } from './article-content-access';
import { ContentAccess } from './content-access';
import { ContentRepository } from './content.repository';

/**
 * The one door for "may this viewer see content item X" across kinds. Modules that own a kind
 * (posts, comments) import this module and register their ContentKindAccess in onModuleInit.
 */
@Module({
  imports: [ArticlesModule],
  providers: [ContentAccess, ContentRepository, ArticleContentAccess],
  exports: [ContentAccess],
})
export class ContentModule implements OnModuleInit {
  constructor(
    private readonly access: ContentAccess,
    private readonly articles: ArticleContentAccess,
  ) {}

  onModuleInit(): void {
    this.access.register(this.articles);
  }
}
