import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { RootLogger } from './common/logging/root-logger';
import { graphqlOptions } from './common/graphql/graphql-options.factory';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ArticlesModule } from './modules/articles/articles.module';
import { AuditModule } from './modules/audit/audit.module';
import { CommentsModule } from './modules/comments/comments.module';
import { ContentModule } from './modules/content/content.module';
import { ConversationFieldsModule } from './modules/conversation-fields/conversation-fields.module';
import { FeedModule } from './modules/feed/feed.module';
import { MustReadModule } from './modules/must-read/must-read.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { MediaModule } from './modules/media/media.module';
import { DataLoaderModule } from './common/dataloader/dataloader.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { PeopleModule } from './modules/people/people.module';
import { PollsModule } from './modules/polls/polls.module';
import { PostsModule } from './modules/posts/posts.module';
import { SpacesModule } from './modules/spaces/spaces.module';
import { ReactionsModule } from './modules/reactions/reactions.module';

export interface AppModuleOptions {
  config: AppConfig;
  logger: RootLogger;
  /** The resolved database URL (DATABASE_URL or the embedded cluster's). */
  databaseUrl: string;
  /** false: build everything without connecting to a database (schema generation). */
  connectDatabase?: boolean;
}

/** The whole API. Built by configureApp() for the server, the CLI and the tests alike. */
@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(options.config),
        DatabaseModule.register({ url: options.databaseUrl, connect: options.connectDatabase ?? true }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AppConfig],
          useFactory: (appConfig: AppConfig) => graphqlOptions(appConfig),
        }),
        DataLoaderModule,
        HealthModule,
        AuditModule,
        AuthModule,
        OrganisationModule,
        PeopleModule,
        ArticlesModule,
        ContentModule,
        FeedModule,
        MustReadModule,
        MediaModule,
        SpacesModule,
        PollsModule,
        PostsModule,
        ReactionsModule,
        CommentsModule,
        ConversationFieldsModule,
        ModerationModule,
      ],
    };
  }
}
