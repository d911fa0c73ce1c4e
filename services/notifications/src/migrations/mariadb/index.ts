import * as m0 from './1796168271832-Initial';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [...Object.values(m0)];
