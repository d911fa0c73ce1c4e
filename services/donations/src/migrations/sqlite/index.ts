import * as m0 from './1795446651414-Initial';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [...Object.values(m0)];
