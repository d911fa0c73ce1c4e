export * from './fold';
export * from './text-search';
