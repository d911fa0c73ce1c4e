export * from './databases';
export * from './graphql';
export * from './keys';
export * from './stack';
export * from './stack-with';
