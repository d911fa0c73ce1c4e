import * as m0 from './1795446651414-Initial';
import * as m1 from './1796168099368-StoresAndSerials';
import * as m2 from './1796171073316-Outbox';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [...Object.values(m0), ...Object.values(m1), ...Object.values(m2)];
