import * as m0 from './1795446730051-Initial';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [
  ...Object.values(m0),
];
