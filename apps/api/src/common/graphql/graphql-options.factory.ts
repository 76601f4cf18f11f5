import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { errorReportingPlugin } from './error-reporting.plugin';
import { formatError } from './format-error.util';
import { resolvePrefetchedFields } from './prefetched-fields';

/** What every resolver gets as its GraphQL context. */
export interface GqlContext {
  req: Request;
  res: Response;
}

/**
 * Apollo Server as Commons runs it: code-first schema kept in memory (the committed schema.gql is
 * written by `npm run schema:generate`), CSRF prevention, limits against abusive operations,
 * errors reduced to code + request id, and no introspection or landing page in production.
 */
export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: true, flattenFragments: true },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's plugin throws
    // from a hook, which Apollo reports as a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES },
    // Field suggestions ("Did you mean …?") reveal the schema that introspection hides.
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    plugins: [
      ...armor.plugins,
      errorReportingPlugin(),
      // No HTTP caching of GraphQL answers (they are per person); without this Apollo wraps every
      // field's resolver to compute cache hints (measured: a few % of a feed page's CPU).
      ApolloServerPluginCacheControlDisabled(),
      config.isProduction
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
    ],
    formatError,
    transformSchema: resolvePrefetchedFields,
    context: ({ req, res }: GqlContext): GqlContext => ({ req, res }),
  };
}
