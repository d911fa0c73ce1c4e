import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import {
  buildSchema,
  createResolversMap,
  getMetadataStorage,
  type AuthChecker,
  type NonEmptyArray,
} from 'type-graphql';
import type { RequestContext } from '../context';
import { forbidden, unauthenticated } from '../errors';
import { hasAnyRole } from '../auth/scope';
import type { RoleName } from '../auth/identity';
import { DateTimeScalar } from './scalars';
import { PersonRef, UnitRef } from './references';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** `@Authorized()` needs a signed-in caller; `@Authorized('ROLE', ...)` one of those roles (ADMIN always passes). */
const authChecker: AuthChecker<RequestContext, RoleName> = ({ context }, roles) => {
  if (!context.identity) throw unauthenticated();
  if (roles.length > 0 && !hasAnyRole(context.identity, roles)) {
    throw forbidden(
      `This needs one of the roles ${roles.join(', ')}.`,
      { roles: [...roles] },
      'errors.missingRole',
    );
  }
  return true;
};

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClasses = NonEmptyArray<Function>;

/** `__resolveReference` per entity type, e.g. `{ Person: { __resolveReference: (ref, ctx) => ... } }`. */
export type ReferenceResolvers = GraphQLResolverMap<RequestContext>;

export interface SubgraphSchemaOptions {
  resolvers: ResolverClasses;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

/**
 * type-graphql keeps one metadata store per process and adds a `@FieldResolver`'s field to its
 * type's metadata for good. PersonRef and UnitRef are shared by every service, so when several
 * services are built in one process (a test stack), one service's `Person.enrolments` would leak
 * into the next one's schema. Before each build they go back to their own `id` field.
 */
function forgetAddedReferenceFields(): void {
  const storage = getMetadataStorage() as unknown as {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    objectTypes: { target: Function; fields?: { name: string }[] }[];
  };
  for (const type of storage.objectTypes) {
    if ((type.target === PersonRef || type.target === UnitRef) && type.fields) {
      type.fields = type.fields.filter((field) => field.name === 'id');
    }
  }
}

async function buildTypeGraphqlSchema(
  options: SubgraphSchemaOptions,
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  forgetAddedReferenceFields();
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  // graphql's own printSchema drops @key and friends; this printer keeps them.
  return { schema, sdl: `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}\n` };
}

/** The subgraph SDL, as committed in the service's schema.graphql and composed into the supergraph. */
export async function subgraphSdl(options: SubgraphSchemaOptions): Promise<string> {
  return (await buildTypeGraphqlSchema(options)).sdl;
}

export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const { schema, sdl } = await buildTypeGraphqlSchema(options);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<RequestContext>;
  for (const [typeName, extra] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(extra as object) } as never;
  }
  return buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as GraphQLResolverMap<unknown> });
}
