import type { Role } from '@dx/graphql-client';

export type CardName = 'tasks' | 'training' | 'stock' | 'awards';

const FIRST_FOR: [Role, CardName][] = [
  ['SECRETARIAT', 'tasks'],
  ['COMMITTEE_MEMBER', 'tasks'],
  ['TRAINING_COORDINATOR', 'training'],
  ['DONATIONS_OFFICER', 'stock'],
  ['AWARD_COMMITTEE', 'awards'],
];

/** Each role sees its own work queue first, then the others in a fixed order. */
export function cardOrder(roles: readonly Role[]): CardName[] {
  const first = FIRST_FOR.filter(([role]) => roles.includes(role)).map(([, card]) => card);
  const rest: CardName[] = ['tasks', 'training', 'stock', 'awards'];
  return [...new Set([...first, ...rest])];
}
