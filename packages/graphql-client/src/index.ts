export * from './session';
export * from './useSession';
export * from './errors';
export * from './config';
export * from './client';
export { SignInDocument, CurrentAccountDocument } from './graphql/generated/graphql';
export type { UnitKind, SignInMutation } from './graphql/generated/graphql';
export * from './renewal';
