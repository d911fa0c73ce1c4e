import * as m0 from './1796167709417-Initial';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [...Object.values(m0)];
