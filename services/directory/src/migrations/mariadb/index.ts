import * as m0 from './1795446047710-Initial';
import * as m1 from './1795452170558-SignInThrottle';
import * as m2 from './1796167670521-SearchAndSignInLimits';
import * as m3 from './1796182041161-PersonCategory';
import * as m4 from './1796182112985-Sessions';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [
  ...Object.values(m0),
  ...Object.values(m1),
  ...Object.values(m2),
  ...Object.values(m3),
  ...Object.values(m4),
];
