import * as m0 from './1795446656740-Initial';
import * as m1 from './1796169032916-ReviewersMinReviewsAwardForm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [...Object.values(m0), ...Object.values(m1)];
