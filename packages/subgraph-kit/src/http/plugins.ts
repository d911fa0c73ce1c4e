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

/** A request slower than this is logged at info even when it succeeds. */
const SLOW_REQUEST_MS = Number(process.env.DX_SLOW_REQUEST_MS ?? 1_000);

/**
 * One line per request at debug level; at info only when it failed or was slow. Writing a line
 * for every successful read cost about as much CPU as a small read's SQL (profiled, issue 18).
 */
export function requestLogging(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          const ms = Math.round(performance.now() - started);
          const level = errors?.length || ms >= SLOW_REQUEST_MS ? 'info' : 'debug';
          if (!contextValue.log.isLevelEnabled(level)) return;
          contextValue.log[level](
            {
              requestId: contextValue.requestId,
              operation: operationName ?? undefined,
              account: contextValue.identity?.username,
              ms,
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
