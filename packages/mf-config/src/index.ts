export * from './ports';
export * from './shared';
export * from './rsbuild';
