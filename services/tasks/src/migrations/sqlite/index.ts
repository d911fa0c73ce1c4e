import * as m0 from './1795446730051-Initial';
import * as m1 from './1795447670739-TaskStatusScopeIndex';
import * as m2 from './1796167663028-TaskLifecycleCommitteeDesk';
import * as m3 from './1796169985581-Outbox';
import * as m4 from './1796170697260-TaskSearch';
import * as m5 from './1796182034219-EvaluationRankingRating';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [
  ...Object.values(m0),
  ...Object.values(m1),
  ...Object.values(m2),
  ...Object.values(m3),
  ...Object.values(m4),
  ...Object.values(m5),
];
