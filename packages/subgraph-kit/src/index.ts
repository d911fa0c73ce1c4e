import 'reflect-metadata';

export * from './errors';
export * from './context';
export * from './audit';
export * from './gateway-client';
export * from './auth/identity';
export * from './auth/scope';
export * from './db/data-source';
export * from './db/versioned-update';
export * from './db/migration-generator';
export * from './graphql/connection';
export * from './graphql/scalars';
export * from './graphql/schema';
export * from './http/server';
export * from './db/locking';
