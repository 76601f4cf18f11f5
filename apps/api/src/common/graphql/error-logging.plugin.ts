import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { currentRequestId } from '../http/request-context';
import { isClientError } from './format-error.util';

/**
 * Logs every error a client will only see as "Internal server error", with the request id the
 * client gets, so the two can be matched. Client errors (bad input, no session) are not logged.
 */
export function errorLoggingPlugin(): ApolloServerPlugin {
  const logger = new Logger('GraphQL');
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            const original = unwrapResolverError(error);
            logger.error(
              { err: original, requestId: currentRequestId(), operationName, path: error.path },
              'Unexpected error in a GraphQL request',
            );
          }
        },
      };
    },
  };
}
