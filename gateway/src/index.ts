export * from './server';
export * from './subgraphs';
export * from './compose';
export * from './errors';
export * from './auth-routes';
