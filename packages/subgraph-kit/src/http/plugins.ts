import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../context';
import { unauthenticated } from '../errors';

/** Refuses any operation without a valid token unless it only touches public root fields. */
export function tokenGate(publicRootFields: Set<string>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.tokenError) throw contextValue.tokenError;
          if (contextValue.identity) return;
          const fields = operation ? rootFieldNames(operation) : [];
          const allPublic =
            fields.length > 0 && fields.every((f) => publicRootFields.has(f) || f === '__typename');
          if (!allPublic) throw unauthenticated();
        },
      };
    },
  };
}

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '#fragment'));
}

export function requestLogging(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue.log.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? undefined,
              account: contextValue.identity?.username,
              ms: Math.round(performance.now() - started),
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR')
              contextValue.log.error({ err: error.originalError ?? error }, 'resolver failed');
          }
        },
      };
    },
  };
}
