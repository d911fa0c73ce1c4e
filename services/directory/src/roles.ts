import type { RoleName } from '@dx/subgraph-kit';

/** Who may add and edit people (within their scope); administrators may do everything. */
export const PEOPLE_EDITORS: RoleName[] = ['SECRETARIAT', 'TRAINING_COORDINATOR'];
/** Units and accounts are the administrators' alone. */
export const DIRECTORY_ADMINS: RoleName[] = ['ADMIN'];
