import * as m0 from './1795446636369-Initial';
import * as m1 from './1796167476693-SessionStatusWaitRankIssuer';
import * as m2 from './1796168563047-Outbox';
import * as m3 from './1796182048660-TargetCategorySupportPoint';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [
  ...Object.values(m0),
  ...Object.values(m1),
  ...Object.values(m2),
  ...Object.values(m3),
];
