import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { requestIdOf } from '../http/request-context';
import type { GqlContext } from './graphql-options.factory';
import { isClientError } from './format-error.util';

/**
 * Puts the request id on every error of a GraphQL answer (formatError has no access to the
 * request), and logs every error a client will only see as "Internal server error" with that id,
 * so the two can be matched. Client errors (bad input, no session) are not logged.
 * Errors Apollo raises before a request has a context (a refused CSRF check, an unreadable body)
 * carry the id only in the X-Request-Id header, as every response does.
 */
export function errorReportingPlugin(): ApolloServerPlugin<GqlContext> {
  const logger = new Logger('GraphQL');
  return {
    async requestDidStart({ contextValue }) {
      const requestId = requestIdOf(contextValue.req);
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            logger.error(
              { err: unwrapResolverError(error), requestId, operationName, path: error.path },
              'Unexpected error in a GraphQL request',
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            // formatError made these objects for this response: adding to them is safe.
            (error.extensions as Record<string, unknown>).requestId = requestId;
          }
        },
      };
    },
  };
}
