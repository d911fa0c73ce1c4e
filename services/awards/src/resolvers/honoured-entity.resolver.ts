import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { Nomination } from '../schema/types';
import { personAwardsLoader, unitAwardsLoader } from '../store/loaders';
import { PersonRef, UnitRef } from '@dx/subgraph-kit';

@Resolver(() => UnitRef)
export class UnitAwardsResolver {
  @FieldResolver(() => [Nomination], {
    nullable: true,
    description: 'Commendations this unit received (approved nominations), newest first.',
  })
  async awards(@Root() unit: UnitRef, @Ctx() ctx: RequestContext) {
    return (await unitAwardsLoader(ctx).load(unit.id)) ?? [];
  }
}

@Resolver(() => PersonRef)
export class PersonAwardsResolver {
  @FieldResolver(() => [Nomination], {
    nullable: true,
    description: 'Commendations this person received (approved nominations), newest first.',
  })
  async awards(@Root() person: PersonRef, @Ctx() ctx: RequestContext) {
    return (await personAwardsLoader(ctx).load(person.id)) ?? [];
  }
}
