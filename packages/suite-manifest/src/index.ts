export * from './manifest';
export * from './ports';
